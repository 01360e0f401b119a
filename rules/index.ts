// The built-in rules, by id. Order here is the order of the docs and the rules table.
import type { Rule } from '../src/types.js';
import blameShifting from './blame-shifting.js';
import emptyWords from './empty-words.js';
import hedging from './hedging.js';
import missingThanks from './missing-thanks.js';
import signOff from './sign-off.js';
import unansweredPoints from './unanswered-points.js';

export const builtinRules: readonly Rule[] = [emptyWords, hedging, missingThanks, blameShifting, unansweredPoints, signOff];
