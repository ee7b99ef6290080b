// LinkedIn's own prefilled invitation texts, old and new: a recipient recognises them at a glance as "sent without a note".
import type { PhraseEntry } from '../types.js';

export const defaultInvitationPhrases: readonly PhraseEntry[] = [
  // The classic prefilled note and its common rewordings.
  {
    phrase: '(i )?would (like|love) to add you to my professional (linkedin )?network( on linkedin)?',
    category: 'default-invitation',
    why: "This is LinkedIn's prefilled note word for word, so the recipient learns nothing about you except that you skipped the note.",
    instead: 'Say in one line who you are and how you know them, then in one line why connecting makes sense.',
    structure: "Hi ${1:first name}, I'm ${2:your role} at ${3:company}. ${4:how you know them or their work}; ${5:why connect}.",
  },
  {
    phrase: '(i )?would (like|love) to add you to my (linkedin network|network on linkedin)',
    category: 'default-invitation',
    why: 'A common variant of the default note: it announces the request and gives the recipient no reason to accept it.',
    instead: 'Name the shared context (a company, an event, a group, a person) and what you hope to exchange.',
    structure: 'Hi ${1:first name}, we both ${2:shared context}. I am ${3:who you are} and ${4:why you are writing}.',
  },
  {
    phrase: '(i )?would (like|love) to join your (professional )?(linkedin network|network on linkedin)',
    category: 'default-invitation',
    why: "LinkedIn's newer prefilled note; it asks to be let into the recipient's network without saying who is asking.",
    instead: 'Open with who you are in a few words and the link between you, such as a shared employer or event.',
    structure: 'Hi ${1:first name}, I am ${2:who you are}; we both ${3:shared context}. ${4:why connect}.',
  },
  {
    phrase: '(i )?would like to connect with you on linkedin',
    category: 'default-invitation',
    why: 'The recipient is already on LinkedIn looking at your request, so this sentence only repeats the button they are deciding on.',
    instead: 'Use the space for the reason: what you saw of theirs or what you share, in one concrete line.',
    structure: 'Hi ${1:first name}, ${2:what you saw of theirs}. I am ${3:who you are}; ${4:what you hope to exchange}.',
  },
  {
    phrase: '(i )?would like to add you as a connection( on linkedin)?',
    category: 'default-invitation',
    why: "It is the line LinkedIn's app sends when the sender taps Connect without writing anything, and recipients know it.",
    instead: 'Describe the relationship instead: former colleague, fellow speaker, reader of their newsletter, with one detail.',
    structure: 'Hi ${1:first name}, ${2:former colleague, fellow speaker or reader}; ${3:detail}.',
  },
  {
    phrase: '(i )?would like you to join my (professional |linkedin )?network',
    category: 'default-invitation',
    why: "An older automatic invitation line; it reads as a form the sender did not bother to change.",
    instead: 'Replace it with the reason you thought of this person, in words only you could write.',
    structure: 'Hi ${1:first name}, ${2:the reason you thought of them}. ${3:who you are}.',
  },

  {
    phrase: '(i )?(would like to|want to|wanted to|would love to) invite you to join my (professional )?network',
    category: 'default-invitation',
    why: "A reworded form of LinkedIn's old prefilled invitation; the recipient recognises it as the note people send when they write nothing.",
    instead: 'Replace it with how you know them and the one reason to connect now.',
    structure: 'Hi ${1:first name}, we ${2:how you know each other}; ${3:the reason to connect now}.',
  },
  {
    phrase: '((wants|would like) to (connect|stay in touch|keep in touch) (with you )?on linkedin|(an )?invitation to connect on linkedin)',
    category: 'default-invitation',
    why: "It is the notification email's own wording, in the third person, so the recipient reads the note as the system talking.",
    instead: 'Write in your own voice: who you are and why you are asking.',
    structure: "Hi ${1:first name}, I'm ${2:who you are}; ${3:why you are asking}.",
  },
  {
    phrase: '(a |this is a |just a )?reminder (about|regarding|of|for) (my|your|the|this|our) (pending )?(linkedin )?(invitation|invite|connection request)',
    category: 'default-invitation',
    why: "LinkedIn sends this reminder automatically; repeating it by hand reads as the same unanswered default a second time.",
    instead: 'If you write again, add the reason the first request lacked: how you know them and why now.',
    structure: 'Hi ${1:first name}, ${2:how you know them}; ${3:why now}.',
  },
  {
    phrase: '((sent you|has sent you|sent) (an )?invitation to (become part of|join) (their|his|her|my) professional network( at linkedin| on linkedin)?|you (have )?received an invitation to connect|you appeared in *1 (searches|search results)( this week)?)',
    category: 'default-invitation',
    why: 'These are LinkedIn\'s own invitation and reminder texts; pasted into a note they tell the reader nothing was written for them.',
    instead: 'Replace the system text with one line on how you know them or why you want to connect.',
    structure: 'Hi ${1:first name}, ${2:how you know them or what of theirs you read}; ${3:why you want to connect}.',
  },

  // LinkedIn's oldest template and the invitation email around it.
  {
    phrase: 'since you are a person i trust( i wanted to invite you to join my network on linkedin)?',
    category: 'default-invitation',
    why: "LinkedIn's earliest stock invitation claims a trust the recipient knows you have not built, which makes a stranger's request feel false.",
    instead: 'Drop the claim of trust and say plainly how you know them; if you have never met, say so and give your reason.',
    structure: "Hi ${1:first name}, we haven't met; I am ${2:who you are}. ${3:the specific reason you are writing}.",
  },
  {
    phrase: '((i )?(want|wanted) to invite you to )?join my (professional )?(network on linkedin|linkedin network)',
    category: 'default-invitation',
    why: "It echoes the subject line of LinkedIn's automated invitation emails, so the recipient files it with the machine-sent ones.",
    instead: 'Write a first line only you could send this person, such as a detail from their work or your shared history.',
    structure: 'Hi ${1:first name}, ${2:a detail only you could mention}. ${3:who you are and why connect}.',
  },
  {
    phrase: '(please )?add me to your (linkedin network|network on linkedin)',
    category: 'default-invitation',
    why: "It is the subject line of LinkedIn's invitation email; pasted into a note, it reads as the system talking, not you.",
    instead: 'Say who you are and where your paths crossed, so the recipient can place you without opening your profile.',
    structure: 'Hi ${1:first name}, I am ${2:who you are}; we ${3:where your paths crossed}.',
  },
  {
    phrase: '(has|have) indicated (that )?(you are (a|an) (friend|colleague|classmate|fellow group member|fellow member|business partner|fellow student|fellow alum|fellow alumnus|former colleague)|you (worked|studied|did business|have done business) (together|with (him|her|them|me))|you (were|are) (classmates|colleagues|friends|group members)|(he|she|they) (is|are) (a |an |your )?(friend|colleague|classmate))',
    category: 'default-invitation',
    why: "LinkedIn's old invitation wording labels the relationship for you, and a stranger called a friend or colleague reads it as false.",
    instead: 'Name the real relationship in your own words: the team, class, group or event you actually shared.',
    structure: 'Hi ${1:first name}, we ${2:the team, class, group or event you shared}. ${3:why connect now}.',
  },
];
