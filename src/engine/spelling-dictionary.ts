// The English dictionary for the spelling rule: dictionary-en (Hunspell, US) read from its
// package on first use only, plus British spellings and everyday support words it lacks.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface Dictionary {
  aff: Buffer;
  dic: Buffer;
}

let cached: Dictionary | undefined;

/** Read synchronously and lazily: a run with spelling off never touches the 550 KB files. */
export function englishDictionary(): Dictionary {
  if (!cached) {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve('dictionary-en'));
    cached = { aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic')) };
  }
  return cached;
}

/**
 * Personal-dictionary lines (nspell format): "word", or "word/model" to give a British spelling
 * the inflections of its American model ("colour/color" also accepts "colours", "coloured").
 */
export const EXTRA_WORDS = [
  'colour/color', 'favour/favor', 'favourite/favorite', 'favourites', 'colourful', 'behaviour/behavior', 'honour/honor', 'neighbour/neighbor', 'flavour/flavor', 'humour/humor',
  'labour/labor', 'harbour/harbor', 'rumour/rumor', 'centre/center', 'metre/meter', 'litre/liter', 'fibre/fiber', 'theatre/theater',
  'licence/license', 'defence/defense', 'offence/offense', 'catalogue/catalog', 'dialogue/dialog', 'programme/program', 'cheque/check',
  'organise/organize', 'realise/realize', 'recognise/recognize', 'apologise/apologize', 'prioritise/prioritize', 'customise/customize',
  'authorise/authorize', 'personalise/personalize', 'optimise/optimize', 'synchronise/synchronize', 'finalise/finalize',
  'emphasise/emphasize', 'minimise/minimize', 'maximise/maximize', 'summarise/summarize', 'categorise/categorize', 'utilise/utilize',
  'standardise/standardize', 'digitise/digitize', 'specialise/specialize', 'analyse/analyze', 'paralyse/paralyze', 'enrol/enroll',
  'fulfil/fulfill', 'instalment/installment', 'practise/practice', 'grey/gray', 'tyre/tire', 'aluminium/aluminum', 'jewellery/jewelry',
  'cancelled', 'cancelling', 'travelled', 'travelling', 'traveller', 'labelled', 'labelling', 'modelled', 'modelling', 'fuelled',
  'signalled', 'totalled', 'counselling', 'levelled', 'enquiry', 'enquiries', 'enquire', 'whilst', 'amongst', 'learnt', 'spelt',
  'judgement', 'ageing', 'postcode', 'postcodes', 'mum', 'cosy', 'sceptical', 'manoeuvre', 'storey', 'kerb', 'plough', 'ok', 'OK',
  // everyday support and product words
  'signup', 'signups', 'login', 'logins', 'logout', 'wifi', 'dropdown', 'dropdowns', 'webpage', 'webpages', 'ebook', 'ebooks',
  'e-mail', 'e-mails', 'add-on', 'add-ons', 'addon', 'addons', 'plugin', 'plugins', 'checkbox', 'checkboxes', 'popup', 'popups',
  'pop-up', 'username', 'usernames', 'subfolder', 'subfolders', 'backend', 'frontend', 'onboarding', 'walkthrough', 'touchpoint',
  'workflow', 'workflows', 'screenshot', 'screenshots', 'timestamp', 'timestamps', 'hotfix', 'hotfixes', 'autocorrect', 'autofill',
  'autoplay', 'autosave', 'autopay', 'autorenew', 'unsync', 'resync', 'resynced', 'reinstall', 'reinstalled', 'reinstalling',
  'unassign', 'unassigned', 'reassign', 'reassigned', 'reactivated', 'deactivated', 'unsubscribed', 'resubscribe', 'sync', 'synced',
  'syncing', 'uninstall', 'uninstalled', 'uninstalling', 'preorder', 'preorders', 'pre-order', 'restock', 'restocked', 'backorder',
  'backordered', 'inbox', 'inboxes', 'voicemail', 'chatbot', 'livestream', 'multi-factor', 'two-factor', 'app', 'apps', 'admin',
  'admins', 'config', 'configs', 'offline', 'online', 'bugfix', 'changelog', 'blocklist', 'allowlist', 'cancellable', 'refundable',
  'non-refundable', 'rebook', 'rebooked', 'rebooking', 'upsell', 'helpdesk', 'geolocation', 'emoji', 'emojis', 'hashtag', 'hashtags',
  'webhook', 'webhooks', 'integrations', 'onwards', 'rollout', 'rollouts', 'authenticator', 'barcode', 'barcodes', 'subdomain',
  'subdomains', 'nameserver', 'nameservers', 'passcode', 'passcodes', 'smartwatch', 'touchscreen', 'keycard', 'eSIM', 'eSIMs',
  'shoutout', 'shoutouts', 'checkmark', 'checkmarks', 'iphone', 'iphones', 'ipad', 'ipads', 'ebay', 'paypal', 'gmail', 'youtube',
  'facebook', 'whatsapp', 'instagram', 'netflix', 'spotify', 'android', 'hotmail', 'outlook', 'dropbox', 'google', 'firefox', 'chrome',
  'rgds', 'thx', 'pls', 'plz', 'fyi', 'btw', 'aka', 'eta', 'tbh', 'imo', 'hmm', 'hmmm', 'ahh', 'aww', 'ooh', 'yay', 'haha', 'lol',
  'hotspot', 'hotspots', 'uncheck', 'unchecked', 'iframe', 'iframes', 'webserver', 'webservers', 'gamertag', 'gamertags', 'url', 'urls', 'tracert', 'onesie',
  'touchpad', 'trackpad', 'webapp', 'webapps', 'fullscreen', 'multithreaded', 'virtualize', 'virtualized', 'crashlog', 'crashlogs',
  'unpair', 'unpaired', 'repro', 'dropdown', 'subreddit', 'tooltip', 'tooltips', 'navbar', 'sidebar', 'toolbar', 'toolbars',
  'prepay', 'repost', 'reupload', 'reuploaded', 'autoresponder', 'unsend', 'bookmarked', 'multiline', 'geofence', 'paywall', 'DM', 'DMs', 'FAQ', 'FAQs', 'pdf', 'PDFs', 'CSV', 'CSVs', 'API', 'APIs', 'URL', 'URLs', 'SSL', 'VPN', 'SMS', 'PIN', 'PINs',
];
