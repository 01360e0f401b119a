// The built-in rules, by id, in the order of spec/rules.md: the order of the docs and the rules table.
import type { Rule } from '../src/types.js';
import blameShifting from './blame-shifting.js';
import condescension from './condescension.js';
import corporateSpeak from './corporate-speak.js';
import emptyWords from './empty-words.js';
import falseHope from './false-hope.js';
import futurePromise from './future-promise.js';
import greeting from './greeting.js';
import hedging from './hedging.js';
import leftoverFillIn from './leftover-fill-in.js';
import placeholderFallback from './placeholder-fallback.js';
import unknownPlaceholder from './unknown-placeholder.js';
import linkOnly from './link-only.js';
import minimizing from './minimizing.js';
import missingEmpathy from './missing-empathy.js';
import missingThanks from './missing-thanks.js';
import nonApology from './non-apology.js';
import overEnthusiasm from './over-enthusiasm.js';
import passingAround from './passing-around.js';
import readability from './readability.js';
import refusalWithoutAlternative from './refusal-without-alternative.js';
import repeatedWords from './repeated-words.js';
import signOff from './sign-off.js';
import spelling from './spelling.js';
import unansweredPoints from './unanswered-points.js';

export const builtinRules: readonly Rule[] = [
  emptyWords, hedging, missingThanks, blameShifting, unansweredPoints, signOff,
  greeting, nonApology, refusalWithoutAlternative, passingAround, corporateSpeak, overEnthusiasm, condescension,
  minimizing, futurePromise, linkOnly, missingEmpathy, falseHope, readability, spelling, repeatedWords,
  placeholderFallback, unknownPlaceholder, leftoverFillIn,
];
