/** The end-to-end suite (support/suite.ts) in Debian Chromium, driven by playwright-core. */
import { describeExtensionIn } from './support/suite';

describeExtensionIn('chromium');
