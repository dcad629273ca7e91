/** The reading-experience suite (ux/suite.ts) in Debian Chromium, driven by playwright-core. */
import { describeAccessibilityIn } from './accessibility';
import { describeAlwaysRunIn } from './always-run';
import { describeReadingExperienceIn } from './suite';

describeReadingExperienceIn('chromium');
describeAlwaysRunIn('chromium');
describeAccessibilityIn('chromium');
