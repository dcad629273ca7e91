/** The reading-experience suite (ux/suite.ts) in Debian Chromium, driven by playwright-core. */
import { describeReadingExperienceIn } from './suite';

describeReadingExperienceIn('chromium');
