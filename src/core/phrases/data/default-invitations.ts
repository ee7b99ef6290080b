// LinkedIn's own prefilled invitation texts, old and new: a recipient recognises them at a glance as "sent without a note".
import type { PhraseEntry } from '../types.js';

export const defaultInvitationPhrases: readonly PhraseEntry[] = [
  {
    phrase: "I'd like to add you to my professional network on LinkedIn",
    category: 'default-invitation',
    why: "This is LinkedIn's prefilled note word for word, so the recipient learns nothing about you except that you skipped the note.",
    instead: 'Say in one line who you are and how you know them, then in one line why connecting makes sense.',
    structure: "Hi ${1:first name}, I'm ${2:your role} at ${3:company}. ${4:how you know them or their work}; ${5:why connect}.",
  },
  {
    phrase: "I'd like to add you to my professional network",
    category: 'default-invitation',
    why: "It is the shortened form of LinkedIn's prefilled note, and recipients read it as a request sent with no note at all.",
    instead: 'Replace it with where you came across them and the one thing you would like to talk about.',
    structure: 'Hi ${1:first name}, ${2:where you met or found their work}. I work on ${3:your area}; ${4:what you want to discuss}.',
  },
  {
    phrase: "I'd like to add you to my network on LinkedIn",
    category: 'default-invitation',
    why: 'A common variant of the default note: it announces the request and gives the recipient no reason to accept it.',
    instead: 'Name the shared context (a company, an event, a group, a person) and what you hope to exchange.',
    structure: 'Hi ${1:first name}, we both ${2:shared context}. I am ${3:who you are} and ${4:why you are writing}.',
  },
  {
    phrase: "I'd like to add you to my LinkedIn network",
    category: 'default-invitation',
    why: "Recipients have seen this reworded default thousands of times; it says you want them in your list, not why.",
    instead: 'Give the reason you picked this person rather than anyone else with the same job title.',
    structure: 'Hi ${1:first name}, ${2:what you saw of theirs} matters to me because ${3:your situation}.',
  },
  {
    phrase: "I'd like to join your LinkedIn network",
    category: 'default-invitation',
    why: "An older LinkedIn default; it asks to be let into the recipient's network without saying who is asking.",
    instead: 'Open with who you are in a few words and the link between you, such as a shared employer or event.',
    structure: 'Hi ${1:first name}, I am ${2:who you are}; we both ${3:shared context}. ${4:why connect}.',
  },
  {
    phrase: "I'd like to join your network on LinkedIn",
    category: 'default-invitation',
    why: 'It is a rewording of the stock invitation, and the recipient still has to open your profile to guess why you wrote.',
    instead: 'Put the reason in the note itself: the post, project or person that led you to them.',
    structure: 'Hi ${1:first name}, ${2:person or post that led you here}. I am ${3:who you are}; ${4:why connect}.',
  },
  {
    phrase: "I'd like to connect with you on LinkedIn",
    category: 'default-invitation',
    why: 'The recipient is already on LinkedIn looking at your request, so this sentence only repeats the button they are deciding on.',
    instead: 'Use the space for the reason: what you saw of theirs or what you share, in one concrete line.',
    structure: 'Hi ${1:first name}, ${2:what you saw of theirs}. I am ${3:who you are}; ${4:what you hope to exchange}.',
  },
  {
    phrase: 'Since you are a person I trust, I wanted to invite you to join my network on LinkedIn',
    category: 'default-invitation',
    why: "LinkedIn's earliest stock invitation claims a trust the recipient knows you have not built, which makes a stranger's request feel false.",
    instead: 'Drop the claim of trust and say plainly how you know them; if you have never met, say so and give your reason.',
    structure: "Hi ${1:first name}, we haven't met; I am ${2:who you are}. ${3:the specific reason you are writing}.",
  },
  {
    phrase: 'Since you are a person I trust',
    category: 'default-invitation',
    why: "This half of LinkedIn's oldest template reads as boilerplate, not a compliment, when it comes from someone the recipient cannot place.",
    instead: 'Replace it with the real link between you: a shared employer, an event, or the person who suggested you write.',
    structure: '${1:how you know them}, so ${2:why you are writing now}.',
  },
  {
    phrase: 'Join my network on LinkedIn',
    category: 'default-invitation',
    why: "It echoes the subject line of LinkedIn's automated invitation emails, so the recipient files it with the machine-sent ones.",
    instead: 'Write a first line only you could send this person, such as a detail from their work or your shared history.',
    structure: 'Hi ${1:first name}, ${2:a detail only you could mention}. ${3:who you are and why connect}.',
  },
];
