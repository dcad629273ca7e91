/** Pages that change after load (suite.ts), in Firefox ESR driven by puppeteer-core over WebDriver BiDi. */
import { describeDynamicPagesIn } from './suite';

describeDynamicPagesIn('firefox');
