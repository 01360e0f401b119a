// The cautious thread splitter: real threads from many mail clients are cut at the right line,
// the customer's latest message is found without older history, and look-alike lines in the
// agent's own text never cut the reply.
import { describe, expect, it } from 'vitest';
import { splitThread, type Thread } from '../src/document/thread.js';

/** The customer's words: customerLines with the noise ranges removed, whitespace collapsed. */
function customerText(text: string, t: Thread): string {
  return t.customerLines
    .map((line) => {
      let out = '';
      for (let i = line.start; i < line.end; i++) {
        if (!t.customerNoise.some((n) => i >= n.start && i < n.end)) out += text[i];
      }
      return out;
    })
    .join('\n')
    .replace(/\s+/g, ' ')
    .trim();
}

interface ThreadCase {
  name: string;
  agent: string[];
  thread: string[];
  /** The customer's latest message, whitespace collapsed. */
  customer: string;
  customerName?: string;
  eol?: string;
}

const AGENT_REFUND = [
  'Hi Maria,',
  '',
  'Thanks for flagging the double charge on your March invoice. I checked your account and the second payment of $49.00 was a duplicate, so I refunded it this morning. It will be back on your Visa within 5 business days.',
  '',
  'Have a great week!',
  '',
  'Priya',
];

const AGENT_EXPORT = [
  'Hi Daniel,',
  '',
  'Thanks for letting us know about the CSV export. A release on Friday broke the button for reports with more than 10,000 rows, and that was our mistake. We shipped a fix an hour ago, so the export works again.',
  '',
  'From now on, large exports also arrive by e-mail as a download link.',
  '',
  'Let me know if you need help with anything else. Have a great day!',
  '',
  'Oskar',
];

const AGENT_DE = [
  'Hallo Jonas,',
  '',
  'danke für Ihre Nachricht. Die zweite Abbuchung war ein Fehler auf unserer Seite, und ich habe sie heute erstattet.',
  '',
  'Viele Grüße',
  'Lena',
];

const AGENT_FR = [
  'Bonjour Camille,',
  '',
  "Merci de nous avoir prévenus. J'ai remboursé le second prélèvement ce matin ; il apparaîtra sur votre compte sous 5 jours ouvrés.",
  '',
  'Bonne journée,',
  'Claire',
];

const AGENT_ES = [
  'Hola Lucía,',
  '',
  'Gracias por escribirnos. Ya he devuelto el segundo cobro y lo verás en tu cuenta en unos 5 días hábiles.',
  '',
  'Un saludo,',
  'Pablo',
];

const cases: ThreadCase[] = [
  {
    name: 'Gmail (US locale)',
    agent: AGENT_REFUND,
    thread: [
      'On Mon, Mar 3, 2025 at 9:14 AM Maria Lopez <maria.lopez@example.com> wrote:',
      '> Hi,',
      '> ',
      '> I was charged twice for my March invoice. Can you refund one of the payments?',
      '> ',
      '> Thanks,',
      '> Maria',
    ],
    customer: 'Hi, I was charged twice for my March invoice. Can you refund one of the payments? Thanks, Maria',
    customerName: 'Maria Lopez',
  },
  {
    name: 'Gmail (UK locale, comma before the name)',
    agent: ['Hi Tom,', '', "Thanks for your patience. I've moved your delivery to Saturday morning, between 8 and 12.", '', 'All the best,', 'Amira'],
    thread: [
      'On Tue, 4 Mar 2025 at 18:02, Tom Baker <tom.baker@example.co.uk> wrote:',
      '',
      '> Hello,',
      '> Could you move my delivery to Saturday? I am away on Friday.',
      '> Cheers, Tom',
    ],
    customer: 'Hello, Could you move my delivery to Saturday? I am away on Friday. Cheers, Tom',
    customerName: 'Tom Baker',
  },
  {
    name: 'Gmail attribution wrapped over two lines',
    agent: ['Hi Jonathan,', '', 'Thanks for the quick reply. Your invoice now shows your company VAT number.', '', 'Best,', 'Priya'],
    thread: [
      'On Wed, Mar 5, 2025 at 11:47 AM Jonathan Whitfield-Harrington <',
      'jonathan.whitfield-harrington@example.com> wrote:',
      '',
      '> Hi Priya,',
      '> Can you add our VAT number GB123456789 to the February invoice?',
      '> Jonathan',
    ],
    customer: 'Hi Priya, Can you add our VAT number GB123456789 to the February invoice? Jonathan',
    customerName: 'Jonathan Whitfield-Harrington',
  },
  {
    name: 'Apple Mail (iPhone)',
    agent: ['Hi Aiko,', '', 'Thank you for the photos. A replacement mug is on its way and should arrive on Thursday.', '', 'Warmly,', 'Ben'],
    thread: [
      'On 6 Mar 2025, at 08:30, Aiko Tanaka <aiko.tanaka@example.jp> wrote:',
      '',
      '> Hello,',
      '> ',
      '> The mug arrived broken. Photos attached. Can you send another one?',
      '> ',
      '> Sent from my iPhone',
    ],
    customer: 'Hello, The mug arrived broken. Photos attached. Can you send another one? Sent from my iPhone',
    customerName: 'Aiko Tanaka',
  },
  {
    name: 'Thunderbird with bare ">" blank lines',
    agent: ['Hi Lukas,', '', 'Thanks for checking. Your licence key has been reset, and you can activate it on the new laptop now.', '', 'Cheers,', 'Nora'],
    thread: [
      'On 07/03/2025 14:22, Lukas Meyer wrote:',
      '> Hello,',
      '>',
      '> I replaced my laptop and the licence key says it is already in use.',
      '> How do I move it to the new machine?',
      '>',
      '> Lukas',
    ],
    customer: 'Hello, I replaced my laptop and the licence key says it is already in use. How do I move it to the new machine? Lukas',
    customerName: 'Lukas Meyer',
  },
  {
    name: 'Thunderbird with nested older history',
    agent: ['Hi Lukas,', '', 'Thanks, that helps. I have added a second seat to your licence at no charge.', '', 'Best,', 'Nora'],
    thread: [
      'On 08/03/2025 09:05, Lukas Meyer wrote:',
      '> Thanks Nora, it works now. But can I also use it on my desktop at home?',
      '>',
      '> On 07/03/2025 16:00, Acme Support wrote:',
      '>> Hi Lukas,',
      '>>',
      '>> Your licence key has been reset.',
      '>>',
      '>> Nora',
    ],
    customer: 'Thanks Nora, it works now. But can I also use it on my desktop at home?',
    customerName: 'Lukas Meyer',
  },
  {
    name: 'Gmail with nested history whose attribution is wrapped',
    agent: ['Hi Maria,', '', 'Thanks for confirming. The refund for the duplicate payment went out today.', '', 'Priya'],
    thread: [
      'On Tue, Mar 4, 2025 at 10:02 AM Maria Lopez <maria.lopez@example.com> wrote:',
      '> Yes, please refund the second one. Will I get an e-mail when it is done?',
      '> ',
      '> On Mon, Mar 3, 2025 at 4:00 PM Acme Support <',
      '> support@acme.com> wrote:',
      '> ',
      '>> Hi Maria, which of the two payments should we refund?',
      '>> Priya',
    ],
    customer: 'Yes, please refund the second one. Will I get an e-mail when it is done?',
    customerName: 'Maria Lopez',
  },
  {
    name: 'Outlook desktop "-----Original Message-----" with [mailto:]',
    agent: AGENT_EXPORT,
    thread: [
      '-----Original Message-----',
      'From: Daniel Okafor [mailto:daniel.okafor@example.com]',
      'Sent: Monday, March 10, 2025 9:05 AM',
      'To: Acme Support <support@acme.com>',
      "Subject: Can't export reports",
      '',
      'Hello,',
      '',
      'Since Friday the CSV export button does nothing. Is this a known issue?',
      '',
      'Daniel',
    ],
    customer: 'Hello, Since Friday the CSV export button does nothing. Is this a known issue? Daniel',
    customerName: 'Daniel Okafor',
  },
  {
    name: 'Outlook desktop underscore block with older history below',
    agent: ['Hi Sarah,', '', "Good question. Yes, I've lowered your plan to 20 seats, and the renewal on April 1 will be billed for 20.", '', 'Best,', 'Priya'],
    thread: [
      '________________________________',
      'From: Sarah Chen <sarah.chen@example.com>',
      'Sent: Tuesday, March 11, 2025 2:41 PM',
      'To: Acme Support <support@acme.com>',
      'Subject: RE: Seat count on our plan',
      '',
      'Hi Priya,',
      '',
      'Thanks. One more thing: can we drop from 25 seats to 20 before the renewal on April 1?',
      '',
      'Sarah',
      '',
      '________________________________',
      'From: Priya Nair <support@acme.com>',
      'Sent: Monday, March 10, 2025 4:12 PM',
      'To: Sarah Chen <sarah.chen@example.com>',
      'Subject: RE: Seat count on our plan',
      '',
      'Hi Sarah, your plan renews on April 1 with 25 seats.',
    ],
    customer: 'Hi Priya, Thanks. One more thing: can we drop from 25 seats to 20 before the renewal on April 1? Sarah',
    customerName: 'Sarah Chen',
  },
  {
    name: 'Outlook on the web: bare From/Sent/To/Cc/Subject block',
    agent: ['Hi Ahmed,', '', "Thanks for the new address. I've updated it, and your next invoice will show Unit 4, Dock Road.", '', 'Kind regards,', 'Mei'],
    thread: [
      'From: Ahmed Hassan <ahmed.hassan@example.com>',
      'Sent: Wednesday, March 12, 2025 10:20',
      'To: support@acme.com',
      'Cc: billing@acme.com',
      'Subject: Invoice address',
      '',
      'Hi,',
      'We moved office. Please put Unit 4, Dock Road on our invoices from now on.',
      'Ahmed',
    ],
    customer: 'Hi, We moved office. Please put Unit 4, Dock Road on our invoices from now on. Ahmed',
    customerName: 'Ahmed Hassan',
  },
  {
    name: 'Outlook headers with *bold* markers',
    agent: ['Hi Emily,', '', "Thanks for the screen recording. The login loop came from an expired session cookie; I've cleared it, so you can sign in on the iPad again.", '', 'Take care,', 'Jon'],
    thread: [
      '*From:* Emily Clarke <emily.clarke@example.com>',
      '*Sent:* Thursday, March 13, 2025 3:03 PM',
      '*To:* Acme Support <support@acme.com>',
      '*Subject:* Login loop on iPad',
      '',
      'Every time I log in on my iPad it sends me back to the login page. Can you help?',
    ],
    customer: 'Every time I log in on my iPad it sends me back to the login page. Can you help?',
    customerName: 'Emily Clarke',
  },
  {
    name: 'Outlook German (Von/Gesendet/An/Betreff under the underscore line)',
    agent: AGENT_DE,
    thread: [
      '________________________________',
      'Von: Jonas Weber <jonas.weber@example.de>',
      'Gesendet: Montag, 10. März 2025 09:15',
      'An: support@acme.com',
      'Betreff: Doppelte Abbuchung',
      '',
      'Guten Tag,',
      '',
      'mir wurde die Märzrechnung zweimal abgebucht. Können Sie eine Zahlung erstatten?',
      '',
      'Viele Grüße',
      'Jonas Weber',
    ],
    customer: 'Guten Tag, mir wurde die Märzrechnung zweimal abgebucht. Können Sie eine Zahlung erstatten? Viele Grüße Jonas Weber',
    customerName: 'Jonas Weber',
  },
  {
    name: 'Outlook German "-----Ursprüngliche Nachricht-----"',
    agent: ['Hallo Anna,', '', 'danke für Ihre Geduld. Das Paket liegt im Depot in Köln und wird morgen zugestellt.', '', 'Beste Grüße', 'Lena'],
    thread: [
      '-----Ursprüngliche Nachricht-----',
      'Von: Anna Schmidt <anna.schmidt@example.de>',
      'Gesendet: Dienstag, 11. März 2025 16:40',
      'An: Acme Support <support@acme.com>',
      'Betreff: Lieferung fehlt',
      '',
      'Hallo, meine Bestellung 4417 ist seit einer Woche unterwegs. Wo ist sie?',
      'Anna Schmidt',
    ],
    customer: 'Hallo, meine Bestellung 4417 ist seit einer Woche unterwegs. Wo ist sie? Anna Schmidt',
    customerName: 'Anna Schmidt',
  },
  {
    name: 'Outlook French (De/Envoyé/À/Objet, no-break spaces before the colon)',
    agent: AGENT_FR,
    thread: [
      '________________________________',
      'De\u00a0: Camille Dubois <camille.dubois@example.fr>',
      'Envoyé\u00a0: lundi 10 mars 2025 09:15',
      'À\u00a0: support@acme.com',
      'Objet\u00a0: Double facturation',
      '',
      'Bonjour,',
      "J'ai été prélevée deux fois ce mois-ci. Pouvez-vous me rembourser ?",
      'Camille',
    ],
    customer: "Bonjour, J'ai été prélevée deux fois ce mois-ci. Pouvez-vous me rembourser ? Camille",
    customerName: 'Camille Dubois',
  },
  {
    name: 'Outlook French "-----Message d\'origine-----"',
    agent: ['Bonjour Julien,', '', 'Merci pour votre message. Votre facture de février est en pièce jointe.', '', 'Cordialement,', 'Claire'],
    thread: [
      "-----Message d'origine-----",
      'De : Julien Martin <julien.martin@example.fr>',
      'Envoyé : mardi 11 mars 2025 14:02',
      'À : Support Acme <support@acme.com>',
      'Cc : compta@example.fr',
      'Objet : Facture introuvable',
      '',
      'Bonjour, je ne trouve pas la facture de février dans mon espace client. Pouvez-vous me l’envoyer ?',
    ],
    customer: 'Bonjour, je ne trouve pas la facture de février dans mon espace client. Pouvez-vous me l’envoyer ?',
    customerName: 'Julien Martin',
  },
  {
    name: 'Outlook Spanish (De/Enviado/Para/Asunto)',
    agent: AGENT_ES,
    thread: [
      '________________________________',
      'De: Lucía Fernández <lucia.fernandez@example.es>',
      'Enviado: lunes, 10 de marzo de 2025 9:15',
      'Para: support@acme.com',
      'Asunto: Cobro duplicado',
      '',
      'Hola, me habéis cobrado dos veces la cuota de marzo. ¿Podéis devolverme uno de los cobros?',
    ],
    customer: 'Hola, me habéis cobrado dos veces la cuota de marzo. ¿Podéis devolverme uno de los cobros?',
    customerName: 'Lucía Fernández',
  },
  {
    name: 'Outlook Spanish "-----Mensaje original-----" with "Enviado el:"',
    agent: ['Hola Carlos,', '', 'Gracias por avisarnos. He restablecido tu contraseña; ya puedes iniciar sesión con el enlace que te he enviado.', '', 'Saludos,', 'Pablo'],
    thread: [
      '-----Mensaje original-----',
      'De: Carlos Ruiz <carlos.ruiz@example.mx>',
      'Enviado el: martes, 11 de marzo de 2025 17:30',
      'Para: Acme Support <support@acme.com>',
      'Asunto: No puedo iniciar sesión',
      '',
      'Buenas tardes, desde ayer no puedo iniciar sesión. ¿Me ayudan?',
      'Carlos',
    ],
    customer: 'Buenas tardes, desde ayer no puedo iniciar sesión. ¿Me ayudan? Carlos',
    customerName: 'Carlos Ruiz',
  },
  {
    name: 'Gmail French ("Le … a écrit :")',
    agent: AGENT_FR,
    thread: [
      'Le lun. 10 mars 2025 à 09:15, Camille Dubois <camille.dubois@example.fr> a écrit :',
      '',
      '> Bonjour,',
      '> ',
      '> Je vois deux prélèvements pour mars. Est-ce normal ?',
      '> ',
      '> Camille',
    ],
    customer: 'Bonjour, Je vois deux prélèvements pour mars. Est-ce normal ? Camille',
    customerName: 'Camille Dubois',
  },
  {
    name: 'Apple Mail French with a no-break space before the colon',
    agent: ['Bonjour Élodie,', '', 'Merci pour votre patience. Votre abonnement est bien résilié, sans frais.', '', 'Bonne soirée,', 'Claire'],
    thread: [
      'Le 10 mars 2025 à 09:15, Élodie Bernard <elodie.bernard@example.fr> a écrit\u00a0:',
      '',
      '> Bonjour, je souhaite résilier mon abonnement. Y a-t-il des frais ?',
    ],
    customer: 'Bonjour, je souhaite résilier mon abonnement. Y a-t-il des frais ?',
    customerName: 'Élodie Bernard',
  },
  {
    name: 'Gmail French attribution wrapped over two lines',
    agent: ['Bonjour Julien,', '', 'Merci. La facture corrigée est en pièce jointe.', '', 'Claire'],
    thread: [
      'Le mar. 11 mars 2025 à 14:02, Julien Martin-Lefèvre <',
      'julien.martin-lefevre@example.fr> a écrit :',
      '> Pouvez-vous corriger le nom de la société sur la facture ?',
    ],
    customer: 'Pouvez-vous corriger le nom de la société sur la facture ?',
    customerName: 'Julien Martin-Lefèvre',
  },
  {
    name: 'Gmail German ("Am … schrieb Name <addr>:")',
    agent: AGENT_DE,
    thread: [
      'Am Mo., 10. März 2025 um 09:15 Uhr schrieb Jonas Weber <jonas.weber@example.de>:',
      '',
      '> Guten Tag,',
      '> mir wurde der März zweimal abgebucht. Bitte erstatten Sie eine Zahlung.',
      '> Jonas',
    ],
    customer: 'Guten Tag, mir wurde der März zweimal abgebucht. Bitte erstatten Sie eine Zahlung. Jonas',
    customerName: 'Jonas Weber',
  },
  {
    name: 'Thunderbird German ("Am … schrieb Name:")',
    agent: ['Hallo Anna,', '', 'danke für den Hinweis. Die Rechnung ist korrigiert.', '', 'Gruß', 'Lena'],
    thread: ['Am 10.03.25 um 09:15 schrieb Anna Schmidt:', '> Hallo,', '>', '> auf meiner Rechnung steht die falsche Adresse. Können Sie das ändern?', '>', '> Anna'],
    customer: 'Hallo, auf meiner Rechnung steht die falsche Adresse. Können Sie das ändern? Anna',
    customerName: 'Anna Schmidt',
  },
  {
    name: 'Gmail German attribution wrapped over two lines',
    agent: ['Hallo Friedrich,', '', 'danke für Ihre Geduld. Ihr Konto ist wieder freigeschaltet.', '', 'Viele Grüße', 'Lena'],
    thread: [
      'Am Di., 11. März 2025 um 16:40 Uhr schrieb Friedrich Schmidt-Hoffmann <',
      'friedrich.schmidt-hoffmann@example.de>:',
      '',
      '> Mein Konto ist gesperrt. Warum?',
    ],
    customer: 'Mein Konto ist gesperrt. Warum?',
    customerName: 'Friedrich Schmidt-Hoffmann',
  },
  {
    name: 'Gmail Spanish ("El … Name (<addr>) escribió:")',
    agent: AGENT_ES,
    thread: [
      'El lun, 10 mar 2025 a las 9:15, Lucía Fernández (<lucia.fernandez@example.es>) escribió:',
      '',
      '> Hola,',
      '> veo dos cargos de 12 € en mi tarjeta. ¿Me podéis devolver uno?',
      '> Gracias',
    ],
    customer: 'Hola, veo dos cargos de 12 € en mi tarjeta. ¿Me podéis devolver uno? Gracias',
    customerName: 'Lucía Fernández',
  },
  {
    name: 'Apple Mail Spanish',
    agent: ['Hola Carlos,', '', 'Gracias por tu paciencia. Tu pedido sale hoy y llega el jueves.', '', 'Un abrazo,', 'Pablo'],
    thread: ['El 11 mar 2025, a las 17:30, Carlos Ruiz <carlos.ruiz@example.mx> escribió:', '', '> ¿Cuándo llega mi pedido 5521?'],
    customer: '¿Cuándo llega mi pedido 5521?',
    customerName: 'Carlos Ruiz',
  },
  {
    name: 'Gmail forwarded message',
    agent: ['Hi Grace,', '', 'Thanks for forwarding this. I have sent the medium size today with free express shipping, and you can keep the small one.', '', 'Best,', 'Sofia'],
    thread: [
      '---------- Forwarded message ---------',
      'From: Grace Kim <grace.kim@example.com>',
      'Date: Thu, Mar 13, 2025 at 8:02 AM',
      'Subject: Wrong size delivered',
      'To: <orders@acme.com>',
      '',
      '',
      'Hi, I ordered a medium jacket but got a small. Can you swap it?',
      'Grace',
    ],
    customer: 'Hi, I ordered a medium jacket but got a small. Can you swap it? Grace',
    customerName: 'Grace Kim',
  },
  {
    name: 'Apple Mail forwarded message with quoted headers',
    agent: ['Hi Olivia,', '', "Thanks for writing. I've cancelled your subscription, and you won't be charged again.", '', 'All the best,', 'Sofia'],
    thread: [
      'Begin forwarded message:',
      '',
      '> From: Olivia Brown <olivia.brown@example.com>',
      '> Subject: Cancel my subscription',
      '> Date: 12 March 2025 at 19:44:10 GMT',
      '> To: support@acme.com',
      '> ',
      '> Hi, please cancel my subscription before the next payment.',
      '> Olivia',
    ],
    customer: 'Hi, please cancel my subscription before the next payment. Olivia',
    customerName: 'Olivia Brown',
  },
  {
    name: 'Gmail thread with CRLF line endings',
    agent: AGENT_REFUND,
    thread: [
      'On Mon, Mar 3, 2025 at 9:14 AM Maria Lopez <maria.lopez@example.com> wrote:',
      '> Hi, the March invoice was charged twice. Please refund one.',
      '> ',
      '> Maria',
    ],
    customer: 'Hi, the March invoice was charged twice. Please refund one. Maria',
    customerName: 'Maria Lopez',
    eol: '\r\n',
  },
  {
    name: 'Outlook underscore block with CRLF line endings',
    agent: AGENT_EXPORT,
    thread: [
      '________________________________',
      'From: Daniel Okafor <daniel.okafor@example.com>',
      'Sent: Monday, March 10, 2025 9:05 AM',
      'To: Acme Support <support@acme.com>',
      'Subject: Export broken',
      '',
      'The export button does nothing since Friday. Can you fix it?',
    ],
    customer: 'The export button does nothing since Friday. Can you fix it?',
    customerName: 'Daniel Okafor',
    eol: '\r\n',
  },
  {
    name: 'Yahoo Mail',
    agent: ['Hi Grace,', '', 'Thanks for the order number. The parcel is with the courier and arrives tomorrow.', '', 'Best,', 'Sofia'],
    thread: [
      'On Monday, March 10, 2025, 09:15:02 AM EDT, Grace Kim <grace.kim@yahoo.com> wrote:',
      '',
      '> Where is my order 8812? It was due last week.',
    ],
    customer: 'Where is my order 8812? It was due last week.',
    customerName: 'Grace Kim',
  },
  {
    name: 'Outlook reply that carries Gmail history below it',
    agent: AGENT_EXPORT,
    thread: [
      '________________________________',
      'From: Daniel Okafor <daniel.okafor@example.com>',
      'Sent: Tuesday, March 11, 2025 8:00 AM',
      'To: Acme Support <support@acme.com>',
      'Subject: Re: Export broken',
      '',
      'It still fails for the Q1 report. Could you check again?',
      '',
      'On Mon, Mar 10, 2025 at 4:12 PM Acme Support <support@acme.com> wrote:',
      '> Hi Daniel, the export should work again now.',
    ],
    customer: 'It still fails for the Q1 report. Could you check again?',
    customerName: 'Daniel Okafor',
  },
  {
    name: 'GMX (German webmail: Gesendet before Von)',
    agent: ['Hallo Jonas,', '', 'danke für Ihre Nachricht. Ihr Vertrag endet zum 31. März.', '', 'Viele Grüße', 'Lena'],
    thread: [
      'Gesendet: Montag, 10. März 2025 um 09:15 Uhr',
      'Von: "Jonas Weber" <jonas.weber@gmx.de>',
      'An: support@acme.com',
      'Betreff: Kündigung',
      '',
      'Hiermit kündige ich meinen Vertrag zum nächstmöglichen Termin.',
    ],
    customer: 'Hiermit kündige ich meinen Vertrag zum nächstmöglichen Termin.',
    customerName: 'Jonas Weber',
  },
  {
    name: 'Android / Samsung "-------- Original message --------"',
    agent: AGENT_REFUND,
    thread: [
      '-------- Original message --------',
      'From: Maria Lopez <maria.lopez@example.com>',
      'Date: 3/10/25 9:15 AM (GMT-05:00)',
      'To: support@acme.com',
      'Subject: Refund',
      '',
      'Did you get my message about the double charge?',
    ],
    customer: 'Did you get my message about the double charge?',
    customerName: 'Maria Lopez',
  },
  {
    name: 'customer message with its own "-- " signature',
    agent: ['Hi Sam,', '', 'Thanks for the details. Your API key now has write access.', '', 'Cheers,', 'Nora'],
    thread: [
      'On Wed, 12 Mar 2025 at 11:00, Sam Patel <sam.patel@example.io> wrote:',
      '> Hi, can you give our API key write access?',
      '> ',
      '> -- ',
      '> Sam Patel | CTO, Example IO',
      '> +44 20 7946 0000',
    ],
    customer: 'Hi, can you give our API key write access?',
    customerName: 'Sam Patel',
  },
  {
    name: 'customer message with look-alike lines inside it',
    agent: ['Hi Ruth,', '', 'Thanks for checking the tracking page. I have asked the courier to re-deliver on Monday.', '', 'Best,', 'Amira'],
    thread: [
      'On Fri, 14 Mar 2025 at 19:30, Ruth Green <ruth.green@example.com> wrote:',
      '> From: the tracking page, it says delivered.',
      '> On Monday I was home all day and nobody came.',
      '> Sent: nothing, not even a card.',
      '> Ruth',
    ],
    customer: 'From: the tracking page, it says delivered. On Monday I was home all day and nobody came. Sent: nothing, not even a card. Ruth',
    customerName: 'Ruth Green',
  },
  {
    name: 'attribution with an address and no display name',
    agent: ['Hello,', '', 'Thanks for your order question. Order 7731 ships tomorrow.', '', 'Best,', 'Sofia'],
    thread: ['On Mon, Mar 3, 2025 at 9:14 AM <orders@shop.example> wrote:', '> When does order 7731 ship?'],
    customer: 'When does order 7731 ship?',
  },
];

function build(c: ThreadCase): { text: string; threadStart: number; agentText: string } {
  const eol = c.eol ?? '\n';
  const agentText = c.agent.join(eol);
  const text = [...c.agent, '', ...c.thread].join(eol);
  return { text, threadStart: agentText.length + 2 * eol.length, agentText };
}

describe('splitThread on real threads', () => {
  it('has at least 30 threads', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  for (const c of cases) {
    it(c.name, () => {
      const { text, threadStart, agentText } = build(c);
      const t = splitThread(text);
      expect(t.agentEnd).toBe(threadStart);
      expect(text.slice(0, t.agentEnd).trimEnd()).toBe(agentText.trimEnd());
      expect(customerText(text, t)).toBe(c.customer);
      expect(t.customerName).toBe(c.customerName);
      // Everything from the cut on is quoted.
      expect(t.quoted.at(-1)).toMatchObject({ start: threadStart, end: text.length });
    });
  }
});

describe('splitThread with the agent part around the thread', () => {
  it('finds the "-- " signature delimiter above the thread', () => {
    const text = [
      'Hi Maria,',
      '',
      'Thanks for your patience. The refund is on its way.',
      '',
      'Have a lovely weekend!',
      '-- ',
      'Priya Nair',
      'Customer Care, Acme',
      '',
      'On Mon, Mar 3, 2025 at 9:14 AM Maria Lopez <maria.lopez@example.com> wrote:',
      '> Where is my refund?',
    ].join('\n');
    const t = splitThread(text);
    expect(t.agentEnd).toBe(text.indexOf('On Mon, Mar 3'));
    expect(text.slice(0, t.agentEnd).trimEnd().endsWith('Customer Care, Acme')).toBe(true);
    expect(t.signatureDelimiter?.text).toBe('-- ');
    expect(t.signatureDelimiter?.start).toBe(text.indexOf('-- \n'));
    expect(customerText(text, t)).toBe('Where is my refund?');
    expect(t.customerName).toBe('Maria Lopez');
  });

  it('keeps an inline quote of the customer and the thread below it', () => {
    const text = [
      'Hi Maria,',
      '',
      '> Can you refund one of the payments?',
      '',
      'Yes, I refunded the second payment today.',
      '',
      'Priya',
      '',
      'On Mon, Mar 3, 2025 at 9:14 AM Maria Lopez <maria.lopez@example.com> wrote:',
      '> I was charged twice. Can you refund one of the payments?',
    ].join('\n');
    const t = splitThread(text);
    expect(t.agentEnd).toBe(text.indexOf('On Mon, Mar 3'));
    expect(t.quoted[0]).toMatchObject({ start: text.indexOf('> Can you') });
    expect(customerText(text, t)).toBe('Can you refund one of the payments? I was charged twice. Can you refund one of the payments?');
  });

  it('cuts at the real thread, not at a "From:" sentence above it', () => {
    const text = [
      'Hi Maria,',
      '',
      'You will get two e-mails today.',
      'From: our billing team, with the refund receipt.',
      'Sent: separately, the corrected invoice.',
      '',
      'Thanks for your patience!',
      'Priya',
      '',
      'On Mon, Mar 3, 2025 at 9:14 AM Maria Lopez <maria.lopez@example.com> wrote:',
      '> Please refund the double charge.',
    ].join('\n');
    const t = splitThread(text);
    expect(t.agentEnd).toBe(text.indexOf('On Mon, Mar 3'));
    expect(customerText(text, t)).toBe('Please refund the double charge.');
  });
});

describe('splitThread never cuts a draft with no thread', () => {
  const nearMisses: Array<{ name: string; lines: string[]; last: string; signature?: boolean }> = [
    {
      name: '"From: our billing team, …" in a sentence',
      lines: [
        'Hi Maria,',
        '',
        "Thanks for your patience. You'll get one more e-mail today.",
        'From: our billing team, with the refund receipt attached.',
        '',
        'Best,',
        'Priya',
      ],
      last: 'Priya',
    },
    {
      name: 'a From/Sent pair of sentences',
      lines: [
        'Hi Maria,',
        '',
        'Thanks for asking where the two e-mails came from:',
        'From: our billing team, with the receipt.',
        'Sent: on 3 March, right after the payment.',
        '',
        'Both are genuine. Have a great day!',
        'Priya',
      ],
      last: 'Priya',
    },
    {
      name: 'a From/Subject example of what to look for, with no date',
      lines: [
        'Hi Maria,',
        '',
        'Thanks for waiting. Look for an e-mail like this in your inbox:',
        'From: Acme Billing <billing@acme.com>',
        'Subject: Your receipt for order 4417',
        '',
        'It has the refund receipt attached.',
        '',
        'Priya',
      ],
      last: 'Priya',
    },
    {
      name: '"Sent: …" alone',
      lines: ['Hi Tom,', '', 'Thanks for checking in. Here is the status:', 'Sent: the replacement, on 12 March via DHL.', '', 'Cheers,', 'Amira'],
      last: 'Amira',
    },
    {
      name: '"-- " used as bullets',
      lines: [
        'Hi Sarah,',
        '',
        'Thanks for the list. Here is where each item stands:',
        '-- seats lowered to 20',
        '-- renewal moved to April 1',
        '-- invoice resent to accounts@example.com',
        '',
        'Best,',
        'Priya',
      ],
      last: 'Priya',
    },
    {
      name: 'a line starting "On Monday we …"',
      lines: [
        'Hi Lukas,',
        '',
        'Thanks for your patience.',
        'On Monday we reset your licence key, and on 10 March our team wrote to you with the new one.',
        'On Tue 11 March at 9:00 we also sent a copy to your work address.',
        '',
        'Nora',
      ],
      last: 'Nora',
    },
    {
      name: '"On … wrote:" before an inline quote the agent answers',
      lines: [
        'Hi Daniel,',
        '',
        'Thanks for bearing with us.',
        'On 3 March our engineer wrote:',
        '> The export fix is live for all accounts.',
        '',
        'So the export should work for you now.',
        '',
        'Oskar',
      ],
      last: 'Oskar',
    },
    {
      name: 'a two-line "On …, / … wrote:" look-alike before an inline quote',
      lines: [
        'Hi Daniel,',
        '',
        'Thanks for your patience.',
        'On 3 March, after the outage was fixed,',
        'our engineer wrote:',
        '> All accounts are back to normal.',
        '',
        'Let me know if the export still fails.',
        'Oskar',
      ],
      last: 'Oskar',
    },
    {
      name: 'French "Le … a écrit :" in the agent text',
      lines: [
        'Bonjour Camille,',
        '',
        'Merci pour votre patience.',
        'Le 3 mars, notre équipe technique a écrit :',
        '> Le correctif est en ligne.',
        '',
        'Vous pouvez donc réessayer dès maintenant.',
        'Claire',
      ],
      last: 'Claire',
    },
    {
      name: 'German "Am … schrieb …:" in the agent text',
      lines: [
        'Hallo Jonas,',
        '',
        'danke für Ihre Geduld.',
        'Am 3. März schrieb unser Techniker:',
        '> Der Fehler ist behoben.',
        '',
        'Sie können es also jetzt erneut versuchen.',
        'Lena',
      ],
      last: 'Lena',
    },
    {
      name: 'Spanish "El … escribió:" in the agent text',
      lines: [
        'Hola Lucía,',
        '',
        'Gracias por tu paciencia.',
        'El 3 de marzo, nuestro equipo escribió:',
        '> El cobro duplicado ya está devuelto.',
        '',
        'Así que ya deberías verlo en tu cuenta.',
        'Pablo',
      ],
      last: 'Pablo',
    },
    {
      name: 'an underscore rule in the signature followed by a "From:" line',
      lines: [
        'Hi Ahmed,',
        '',
        'Thanks for the update. Your invoices now show the new address.',
        '',
        'Mei',
        '______________________________',
        'From: the Acme billing desk, 12 Harbour Street, Leeds',
      ],
      last: 'From: the Acme billing desk, 12 Harbour Street, Leeds',
    },
    {
      name: 'a "--" separator before a long P.S. is not a signature',
      lines: [
        'Hi Grace,',
        '',
        'Thanks for the order number. The parcel arrives tomorrow.',
        '--',
        'P.S. Some tips for the jacket:',
        '1. Wash it cold.',
        '2. Hang it to dry.',
        '3. Do not iron the print.',
        '4. Reproof it once a year.',
        '5. Store it dry.',
        '6. Close the zips first.',
        '7. Use a mild soap.',
        '8. Brush off mud when dry.',
        '9. Keep it away from heaters.',
        '10. Check the seams each season.',
        '',
        'Sofia',
      ],
      last: 'Sofia',
    },
  ];

  it('has at least 8 near misses', () => {
    expect(nearMisses.length).toBeGreaterThanOrEqual(8);
  });

  for (const c of nearMisses) {
    it(c.name, () => {
      const text = c.lines.join('\n');
      const t = splitThread(text);
      expect(t.agentEnd).toBe(text.length);
      expect(text.slice(0, t.agentEnd).trimEnd().endsWith(c.last)).toBe(true);
      expect(t.customerName).toBeUndefined();
      expect(t.signatureDelimiter).toBeUndefined();
      // Only inline "> " lines (if any) are quoted; nothing else is.
      for (const q of t.quoted) expect(q.text.trimStart().startsWith('>')).toBe(true);
    });
  }

  it('gives an inline quote with no thread as the customer text', () => {
    const text = ['Hi Maria,', '', '> Can you refund one of the payments?', '', 'Yes, I refunded the second one today.', '', 'Priya'].join('\n');
    const t = splitThread(text);
    expect(t.agentEnd).toBe(text.length);
    expect(customerText(text, t)).toBe('Can you refund one of the payments?');
  });

  it('handles empty text and a draft with no thread at all', () => {
    expect(splitThread('').agentEnd).toBe(0);
    const text = 'Hi Tom,\r\n\r\nThanks! Your delivery is on Saturday.\r\n\r\nAmira\r\n';
    const t = splitThread(text);
    expect(t.agentEnd).toBe(text.length);
    expect(t.customerLines).toEqual([]);
  });
});
