// Greetings that could go to anyone ("Dear Sir/Madam", "Hi there"): the first word tells the recipient you do not know or did not check their name.
// Only fixed generic words are listed: a greeting followed by a name ("Hi Ana") never matches.
import type { PhraseEntry } from '../types.js';

const BY_NAME = 'Hi ${1:first name}';

export const greetingPhrases: readonly PhraseEntry[] = [
  // Sir and Madam.
  {
    phrase: '(dear )?((sir|sirs) (or |and )?(madam|madams|ma\'am|maam|mam)|(madam|ma\'am|maam|mam) (or )?(sir|sirs))',
    category: 'generic-greeting',
    why: 'It tells the recipient, in the first two words, that you do not know who they are, and makes a one-to-one note read like a mail merge.',
    instead: 'Use their name; it is on the profile, the team page or the email address.',
    structure: BY_NAME,
  },
  {
    phrase: 'dear (sir|sirs)',
    category: 'generic-greeting',
    why: 'It guesses at gender instead of using the name, and many recipients stop reading there.',
    instead: 'Use their name; if you truly cannot find it, use their role ("Hi Head of Data").',
    structure: BY_NAME,
  },
  {
    phrase: "dear (madam|ma'am|maam|mam)",
    category: 'generic-greeting',
    why: 'An impersonal, gendered salutation that signals the note was not written for her.',
    instead: 'Address her by name; it is on her profile or the company team page.',
    structure: BY_NAME,
  },
  {
    phrase: "(hi|hello|hey|greetings|good (morning|afternoon|evening|day)) (sir|sirs|madam|ma'am|maam|mam|sir madam|sir or madam|sir ma'am)",
    category: 'generic-greeting',
    why: 'An honorific in place of a name reads as generic, and often as mass outreach: it skips the name you could see.',
    instead: 'Write their first name instead of the honorific.',
    structure: 'Hello ${1:first name},',
  },
  {
    phrase: "(((dear|most) )?(respected|honorable|honourable|esteemed|revered)|dear (great|good|kind)) (sir|sirs|madam|ma'am|maam|mam|sir madam|sir or madam|madam sir)",
    category: 'generic-greeting',
    why: 'Very formal and nameless, so it reads as a template to most recipients; the formality cannot make up for the missing name.',
    instead: 'Use their name with a plain "Hi" or "Dear".',
    structure: 'Dear ${1:first name},',
  },
  {
    phrase: '(dear|hi|hello) (mr|mrs|ms|miss) (or |and )?(mr|mrs|ms|miss)',
    category: 'generic-greeting',
    why: 'A title with no name, or both titles at once, shows the recipient that the name field was left empty.',
    instead: 'Use their name; it is on their profile or the company page.',
    structure: BY_NAME,
  },
  {
    phrase: '(to (whom|whomsoever|whomever|whosoever) (so ever |soever |ever )?(it|this) (may )?(concern|concerns)|(dear |most )?respected (authority|authorities|concerned))',
    category: 'generic-greeting',
    why: 'It announces that the sender does not know who will read the message, so nobody feels addressed.',
    instead: 'Find the person and address them by name, or name the team you mean.',
    structure: BY_NAME,
  },

  {
    phrase: 'dear (concerned|concern)( person| authority| team| department)?',
    category: 'generic-greeting',
    why: 'Addressed to whoever is concerned, the note is addressed to no one, and the reader passes it on or ignores it.',
    instead: 'Find the person who owns the topic and write to them by name.',
    structure: BY_NAME,
  },
  {
    phrase: '((dear|hello|hi|hey) (gentlemen|gents)|(dear |hello |hi |hey )?ladies and gentlemen)',
    category: 'generic-greeting',
    why: 'A speech opening aimed at a room; in a message to one person it shows the note was written for many.',
    instead: 'Write to one person, by name.',
    structure: BY_NAME,
  },

  // Nameless hellos.
  {
    phrase: '(hi|hello) there',
    category: 'generic-greeting',
    why: 'The greeting mail-merge tools fall back on when the name field is empty, and recipients know it.',
    instead: 'Use their first name; a mail-merge tool that cannot fill it should not send the message.',
    structure: BY_NAME,
  },
  {
    phrase: 'hey there',
    category: 'generic-greeting',
    why: 'Casual and nameless, which makes it read like marketing copy.',
    instead: 'Keep the casual tone if it suits you, but add their first name.',
    structure: 'Hey ${1:first name},',
  },
  {
    phrase: '(hi|hello|hey|dear|greetings|good (morning|afternoon|evening)) (all|everyone|everybody|folks|guys|you all|all of you|friends)',
    category: 'generic-greeting',
    why: 'It reveals a group send in a channel the recipient expects to be one-to-one.',
    instead: 'Write to each person separately, by name.',
    structure: BY_NAME,
  },
  {
    phrase: '(hi|hello|hey|dear) (team|the team|marketing team|sales team|support team|management|management team|admin|administrator)',
    category: 'generic-greeting',
    why: 'Addressed to a team, the message is owned by nobody in it, and it reads as sent to a shared inbox.',
    instead: 'Pick the one person who owns the topic and write to them by name.',
    structure: BY_NAME,
  },
  {
    phrase: '(hi|hello|hey) (dear|dearest)',
    category: 'generic-greeting',
    why: 'Over-familiar from a stranger, and common in spam.',
    instead: 'Use their first name and keep the tone professional.',
    structure: 'Hello ${1:first name},',
  },
  {
    phrase: '(hi|hello|hey) (friend|my friend|dear friend|my dear friend)',
    category: 'generic-greeting',
    why: 'The classic opening of scam messages, which is not the association you want.',
    instead: 'Use their first name and say in the next line how you know them.',
    structure: 'Hello ${1:first name},',
  },
  {
    phrase: '(dear|my dear|dearest|my dearest) (friend|friends|one)',
    category: 'generic-greeting',
    why: 'From someone they have never met, "friend" reads as spam.',
    instead: 'Use their name and, in the next line, how you know each other.',
    structure: BY_NAME,
  },
  {
    phrase: '(hi|hello|hey) (there )?(boss|chief|champ|buddy|pal|mate|bro|legend|superstar|rockstar|rock star|stranger)',
    category: 'generic-greeting',
    why: 'Fake familiarity from a stranger: a nickname in place of a name reads as a sales script trying to sound casual.',
    instead: 'Use their first name; warmth comes from a specific detail, not a nickname.',
    structure: BY_NAME,
  },

  {
    phrase: '(dear|hello|hi|hey) (beloved|beloved one|brother|sister|sis|my brother|my sister|good friend|sweetie|handsome|beautiful|gorgeous|sunshine|darling)',
    category: 'generic-greeting',
    why: 'Family words and endearments from a stranger are the openers of scam and romance messages, and they stand where a name should be.',
    instead: 'Use their name and a professional greeting.',
    structure: BY_NAME,
  },
  {
    phrase: '(dear|hello|hi) (esteemed|respected|valued|honorable|honourable|distinguished|dear) (person|individual|recipient~|sir or madam|authority|authorities|professional~|member~|leader~|expert~|team|partner~|one|guest~|friend~|connection~|candidate~|author~|researcher~|speaker~|reader~|client~|customer~|participant~|delegate~|scholar~|scientist~|entrepreneur~|business owner~)',
    category: 'generic-greeting',
    why: 'A flattering adjective on a category is still a category: the greeting shows the message went to a list.',
    instead: 'Use their name; the adjective adds nothing a name would not.',
    structure: BY_NAME,
  },
  {
    phrase: '(dear|hello|hi) (author~|researcher~|scholar~|scientist~|editor~|reviewer~|speaker~|presenter~|delegate~|participant~|attendee~|exhibitor~|organizer~|organiser~)',
    category: 'generic-greeting',
    why: 'Journal, conference and directory mailings greet by role because they go to thousands; a personal note that does the same reads as one of them.',
    instead: 'Use their name and cite the paper, talk or event of theirs you mean.',
    structure: 'Dear ${1:name}, I read your ${2:paper or talk} on ${3:topic}.',
  },

  {
    phrase: '(respected|esteemed|revered) (scholar~|academician~|researcher~|author~|contributor~|speaker~|scientist~|reviewer~|editor~)',
    category: 'generic-greeting',
    why: 'A title of honour stuck to a role is the salutation of journal and conference spam, and it stands where a name should be.',
    instead: 'Use their name and cite the paper or talk of theirs you mean.',
    structure: 'Dear ${1:name}, I read your ${2:paper or talk} on ${3:topic}.',
  },

  // Roles in place of a name: hiring.
  {
    phrase: '(dear|hi|hello|hey) (hiring (manager|managers|team|committee|lead)|hiring and recruitment team|(recruiting|recruitment) (manager|team|lead)|employer|employers|prospective employer)',
    category: 'generic-greeting',
    why: 'It shows you did not find out who is hiring, which is the first thing a hiring manager notices.',
    instead: 'Find the name from the job post, the team page or LinkedIn, and use it.',
    structure: 'Dear ${1:their name},',
  },
  {
    phrase: '(dear|hi|hello|hey) (recruiter|recruiters|recruiting team|recruitment team|talent (acquisition )?(team|partner|specialist|manager)|hr|hr team|hr manager|hr department|human resources( team| department)?|people team)',
    category: 'generic-greeting',
    why: 'A department in place of a person tells the reader it went to many inboxes, and recruiters sort such notes with mass applications.',
    instead: "Use the recruiter's name; it is on the posting or their profile.",
    structure: BY_NAME,
  },
  {
    phrase: '(dear|hi|hello|hey) (passive |potential |prospective |valued |future |top |qualified |selected |shortlisted )?(candidate|candidates|job seeker|job seekers|jobseeker|professional|professionals|talent)',
    category: 'generic-greeting',
    why: 'A candidate reading this knows they are one of hundreds in the same send.',
    instead: 'Use their name and one detail from their background.',
    structure: 'Hi ${1:first name}, your work on ${2:detail} fits our ${3:role} opening.',
  },
  {
    phrase: '(dear|hi|hello|hey) (applicant|applicants)',
    category: 'generic-greeting',
    why: 'It makes a personal message read like an automated status email.',
    instead: 'Use their name, as you would in any message written to one person.',
    structure: BY_NAME,
  },
  {
    phrase: '(hi|hello|hey|dear) (developer~|engineer~|designer~|marketer~|coder~|techie~|ninja~|innovator~|visionary|visionaries|changemaker~|go getter~)',
    category: 'generic-greeting',
    why: 'A job title in place of a name is the mark of a keyword search blast; the recipient knows the list had hundreds on it.',
    instead: 'Use their name and the one piece of their work that made you pick them.',
    structure: 'Hi ${1:first name}, your ${2:project or post} on ${3:topic} ${4:why it caught your eye}.',
  },

  // Roles in place of a name: business and academic mail.
  {
    phrase: '(dear|hi|hello|hey) (founder|founders|cofounder|co founder|ceo|owner|business owner|website owner|site owner|store owner|shop owner|webmaster|decision maker|entrepreneur|business leader|executive)',
    category: 'generic-greeting',
    why: 'Founders and owners get this from every mass-prospecting tool; it marks the note as a sequence.',
    instead: "Use their name and refer to their company's latest news.",
    structure: 'Hi ${1:first name}, congratulations on ${2:company news}.',
  },
  {
    phrase: '(dear|hi|hello|hey) (investor~|angel investor~|vc|vcs|venture capitalist~)',
    category: 'generic-greeting',
    why: 'Investors read a nameless greeting as a deck sent to a list, and a list pitch rarely gets a partner meeting.',
    instead: 'Use their name and the fund thesis, deal or post that made them the right investor for you.',
    structure: 'Hi ${1:first name}, your ${2:thesis, deal or post} on ${3:topic} is why I am writing.',
  },
  {
    phrase: '(dear|hi|hello) (esteemed |respected |valued |dear )?(colleague|colleagues|peer|peers)',
    category: 'generic-greeting',
    why: 'Common in mass academic and conference mailings, so researchers read it as one.',
    instead: 'Use their name and cite the paper or talk that prompted you to write.',
    structure: 'Dear ${1:name}, I read your ${2:paper or talk} on ${3:topic}.',
  },
  {
    phrase: '(dear|hi|hello) (valued |esteemed )?(customer~|client~|user~|subscriber~|partner~|member~|reader~|patron~|recipient~)',
    category: 'generic-greeting',
    why: 'A support-email salutation that turns a personal note into a notice.',
    instead: "Use the person's name and refer to their account or project.",
    structure: 'Hi ${1:first name}, about ${2:their account or project}:',
  },

  // LinkedIn-flavoured stand-ins.
  {
    phrase: '(dear|hi|hello|hey) (linkedin (member~|user~|connection~|friend~|family|network|community|professional~)|connection~|my connection~|valued connection~|network|my network)',
    category: 'generic-greeting',
    why: "It addresses the platform's user base or a contact list rather than the person, and the recipient can tell.",
    instead: 'Use their name; LinkedIn shows it right above the message box.',
    structure: 'Hi ${1:first name}, writing because ${2:reason now}.',
  },
  {
    phrase: '(hi|hello|hey|dear) fellow (founder~|engineer~|developer~|marketer~|recruiter~|professional~|entrepreneur~|alum|alumni|alumnus|member~|linkedin member~|leader~|creator~|designer~|consultant~|connection~)',
    category: 'generic-greeting',
    why: 'A shared label stands in for a name; the same "fellow" greeting goes to everyone with that label.',
    instead: 'Use their name and name the specific thing you share, such as the same cohort, team or event.',
    structure: 'Hi ${1:first name}, we both ${2:specific shared cohort, team or event}.',
  },
  {
    phrase: '(hi|hello|hey|dear) (future|potential|prospective) (partner~|colleague~|connection~|friend~|client~|customer~|employer~|teammate~|collaborator~|boss|mentor~|investor~)',
    category: 'generic-greeting',
    why: 'It greets a role the recipient has not agreed to, which reads as presumptuous and as written for a list.',
    instead: 'Greet them by name and let the note make the case for the relationship.',
    structure: BY_NAME,
  },

  // Greetings without a greeting.
  {
    phrase: '(warm |warmest )?greetings( to you| to all)?',
    category: 'generic-greeting',
    why: 'A nameless salutation that reads as a form greeting rather than a note to this person.',
    instead: 'Replace it with "Hi" and their first name.',
    structure: BY_NAME,
  },
  {
    phrase: '(warm |warmest )?(greetings|wishes) of the day',
    category: 'generic-greeting',
    why: 'A stock opener of outsourcing and lead-generation mail; recipients sort it with that mail on sight.',
    instead: 'Start with their name and the reason you are writing to them today.',
    structure: 'Hi ${1:first name}, ${2:the reason you are writing today}.',
  },
];
