/** The reading-experience suite (ux/suite.ts) in Firefox ESR, driven by puppeteer-core over WebDriver BiDi. */
import { describeReadingExperienceIn } from './suite';

describeReadingExperienceIn('firefox');
