/** The end-to-end suite (support/suite.ts) in Firefox ESR, driven by puppeteer-core over WebDriver BiDi. */
import { describeExtensionIn } from './support/suite';

describeExtensionIn('firefox');
