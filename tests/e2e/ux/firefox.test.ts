/** The reading-experience suite (ux/suite.ts) in Firefox ESR, driven by puppeteer-core over WebDriver BiDi. */
import { describeAccessibilityIn } from './accessibility';
import { describeAlwaysRunIn } from './always-run';
import { describeReadingExperienceIn } from './suite';

describeReadingExperienceIn('firefox');
describeAlwaysRunIn('firefox');
describeAccessibilityIn('firefox');
