import { defineMessageRule } from './rule.js';
import { reportPhraseMatches } from './phraseReports.js';

/** Greetings that could open a letter to anyone. With the recipient's name known, the fix writes it in. */
export const genericGreeting = defineMessageRule(
  {
    id: 'generic-greeting',
    description: 'Greetings that could go to anyone, such as "Dear Sir/Madam", "To whom it may concern" and "Hi there".',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: true,
    messages: { generic: '"{phrase}" could greet anyone.' },
    phrases: { categories: ['generic-greeting'], userCategory: 'generic-greeting' },
  },
  (context, report) => {
    const firstName = context.firstName;
    reportPhraseMatches(context, report, {
      categories: genericGreeting.meta.phrases?.categories ?? [],
      messageId: () => 'generic',
      extra: (match, range) => {
        const written = context.plain.text.slice(match.start, match.end).toLowerCase();
        // A "name" that holds the greeting itself (a heading "## Greetings.") would write the greeting back in.
        const greeting = firstName && !firstName.toLowerCase().includes(written) ? `Hi ${firstName}` : undefined;
        if (greeting) {
          return { fix: { title: `Replace with "${greeting}"`, edits: [{ range, text: greeting }] } };
        }
        if (match.phrase.structure) return undefined; // the entry's own structure is offered already
        return {
          suggestions: [
            { title: 'Greet the recipient by name', edits: [{ range, text: 'Hi [first name]' }], snippet: { range, body: 'Hi ${1:first name}' } },
          ],
        };
      },
    });
  },
);
