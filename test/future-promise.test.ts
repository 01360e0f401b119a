// Expected findings for fixtures/future-promise/invalid: rule id, line:column, flagged text, message, rewrites.
import { testRule } from './rule-tester.js';

testRule('future-promise', {
  'accounting-bank-feed-planned-for-q3.txt': [
    {
      line: 5,
      column: 1,
      text: "A permanent fix is planned",
      message: "\"A permanent fix is planned\" points at a future fix and leaves the customer with nothing for now: add a workaround.",
      suggestions: ["A permanent fix is planned for our Q3 release. In the meantime, here's a workaround: …"],
      rewrite: "Rewrite the sentence: A permanent fix is planned for our Q3 release. In the meantime, here's a workaround: …",
    },
  ],
  'banking-face-id-update-later-this-month.txt': [
    {
      line: 5,
      column: 1,
      text: "The app update later this month",
      message: "\"The app update later this month\" points at a future fix and leaves the customer with nothing for now: add a workaround.",
      suggestions: ["The app update later this month restores Face ID sign-in. In the meantime, here's a workaround: …"],
      rewrite: "Rewrite the sentence: The app update later this month restores Face ID sign-in. In the meantime, here's a workaround: …",
    },
  ],
  'budget-app-ipad-patch-coming-soon.txt': [
    {
      line: 5,
      column: 79,
      text: "A patch is coming",
      message: "\"A patch is coming\" points at a future fix and leaves the customer with nothing for now: add a workaround.",
      suggestions: ["A patch is coming soon. In the meantime, here's a workaround: …"],
      rewrite: "Rewrite the sentence: A patch is coming soon. In the meantime, here's a workaround: …",
    },
  ],
  'earbuds-firmware-update-next-month.txt': [
    {
      line: 5,
      column: 1,
      text: "A firmware update next month",
      message: "\"A firmware update next month\" points at a future fix and leaves the customer with nothing for now: add a workaround.",
      suggestions: ["A firmware update next month fixes the Bluetooth dropouts. In the meantime, here's a workaround: …"],
      rewrite: "Rewrite the sentence: A firmware update next month fixes the Bluetooth dropouts. In the meantime, here's a workaround: …",
    },
  ],
  'ecommerce-saved-cart-next-sprint.txt': [
    {
      line: 5,
      column: 87,
      text: "will fix it in the next sprint",
      message: "\"will fix it in the next sprint\" points at a future fix and leaves the customer with nothing for now: add a workaround.",
      suggestions: ["Our developers will fix it in the next sprint, in about two weeks. In the meantime, here's a workaround: …"],
      rewrite: "Rewrite the sentence: Our developers will fix it in the next sprint, in about two weeks. In the meantime, here's a workaround: …",
    },
  ],
  'hosting-file-manager-fixed-in-version-8-3.txt': [
    {
      line: 5,
      column: 1,
      text: "It's fixed in control panel version",
      message: "\"It's fixed in control panel version\" points at a future fix and leaves the customer with nothing for now: add a workaround.",
      suggestions: ["It's fixed in control panel version 8.3, which goes out on June 10. In the meantime, here's a workaround: …"],
      rewrite: "Rewrite the sentence: It's fixed in control panel version 8.3, which goes out on June 10. In the meantime, here's a workaround: …",
    },
  ],
  'pc-game-map-crash-fix-coming-in-days.txt': [
    {
      line: 5,
      column: 1,
      text: "A fix is coming",
      message: "\"A fix is coming\" points at a future fix and leaves the customer with nothing for now: add a workaround.",
      suggestions: ["A fix is coming in the next few days. In the meantime, here's a workaround: …"],
      rewrite: "Rewrite the sentence: A fix is coming in the next few days. In the meantime, here's a workaround: …",
    },
  ],
  'project-timeline-next-release-and-patch.txt': [
    {
      line: 5,
      column: 14,
      text: "will be fixed in the next release",
      message: "\"will be fixed in the next release\" points at a future fix and leaves the customer with nothing for now: add a workaround.",
      suggestions: ["The drag bug will be fixed in the next release, and a patch for the duplicates is coming soon after that. In the meantime, here's a workaround: …"],
      rewrite: "Rewrite the sentence: The drag bug will be fixed in the next release, and a patch for the duplicates is coming soon after that. In the meantime, here's a workaround: …",
    },
    {
      line: 5,
      column: 80,
      text: "is coming soon",
      message: "\"is coming soon\" points at a future fix and leaves the customer with nothing for now: add a workaround.",
      suggestions: ["The drag bug will be fixed in the next release, and a patch for the duplicates is coming soon after that. In the meantime, here's a workaround: …"],
      rewrite: "Rewrite the sentence: The drag bug will be fixed in the next release, and a patch for the duplicates is coming soon after that. In the meantime, here's a workaround: …",
    },
  ],
  'saas-sales-report-fixed-in-next-release.txt': [
    {
      line: 5,
      column: 6,
      text: "will be fixed in the next release",
      message: "\"will be fixed in the next release\" points at a future fix and leaves the customer with nothing for now: add a workaround.",
      suggestions: ["This will be fixed in the next release. In the meantime, here's a workaround: …"],
      rewrite: "Rewrite the sentence: This will be fixed in the next release. In the meantime, here's a workaround: …",
    },
  ],
  'scanner-driver-in-the-meantime-no-workaround.txt': [
    {
      line: 5,
      column: 27,
      text: "is coming soon",
      message: "\"is coming soon\" points at a future fix and leaves the customer with nothing for now: add a workaround.",
      suggestions: ["A new driver for macOS 15 is coming soon. In the meantime, here's a workaround: …"],
      rewrite: "Rewrite the sentence: A new driver for macOS 15 is coming soon. In the meantime, here's a workaround: …",
    },
  ],
  'smart-tv-subtitles-fix-on-the-way.txt': [
    {
      line: 5,
      column: 66,
      text: "a fix is on the way",
      message: "\"a fix is on the way\" points at a future fix and leaves the customer with nothing for now: add a workaround.",
      suggestions: ["Our engineers are aware, and a fix is on the way. In the meantime, here's a workaround: …"],
      rewrite: "Rewrite the sentence: Our engineers are aware, and a fix is on the way. In the meantime, here's a workaround: …",
    },
  ],
  'travel-app-boarding-pass-fixed-soon-curly.txt': [
    {
      line: 5,
      column: 1,
      text: "We’ll have this fixed",
      message: "\"We’ll have this fixed\" points at a future fix and leaves the customer with nothing for now: add a workaround.",
      suggestions: ["We’ll have this fixed soon. In the meantime, here's a workaround: …"],
      rewrite: "Rewrite the sentence: We’ll have this fixed soon. In the meantime, here's a workaround: …",
    },
  ],
  'watch-reminders-working-on-it-future-update.txt': [
    {
      line: 5,
      column: 71,
      text: "it'll be in a future update",
      message: "\"it'll be in a future update\" points at a future fix and leaves the customer with nothing for now: add a workaround.",
      suggestions: ["Our team is working on it, and it'll be in a future update. In the meantime, here's a workaround: …"],
      rewrite: "Rewrite the sentence: Our team is working on it, and it'll be in a future update. In the meantime, here's a workaround: …",
    },
  ],
});
