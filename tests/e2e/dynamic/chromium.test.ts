/** Pages that change after load (suite.ts), in Debian Chromium driven by playwright-core. */
import { describeDynamicPagesIn } from './suite';

describeDynamicPagesIn('chromium');
