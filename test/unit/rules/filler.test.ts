import { ruleTester } from '../ruleTester.js';

ruleTester('filler', {
  severity: 'info',
  valid: ['Hi Jane, your post on pricing was sharp; could I ask one question about the annual plan?', { name: '"justice" is not "just"', text: 'Hi Jane, your work on climate justice inspired our team.' }],
  invalid: [
    {
      name: 'a throwaway label goes with its colon; the question stays, capitalised',
      text: 'Hi Jane,\n\n«Quick question»: is the pricing API public?',
      messageIds: ['filler'],
      output: 'Hi Jane,\n\nIs the pricing API public?',
    },
    {
      name: 'a throwaway phrase in the middle of a sentence is left for the writer',
      text: 'Hi Jane, one «quick question»: is the pricing API public?',
      messageIds: ['filler'],
      output: null,
    },
    {
      name: 'a hedge word is removed with its space',
      text: 'Hi Jane, I «just» read your post on pricing.',
      messageIds: ['filler'],
      output: 'Hi Jane, I read your post on pricing.',
    },
    {
      name: 'an emphasised hedge goes with both of its marks',
      text: 'Hi Jane, I *«actually»* read your post on pricing.',
      messageIds: ['filler'],
      output: 'Hi Jane, I read your post on pricing.',
    },
    {
      name: 'a hedge inside longer emphasis goes alone, and the emphasis stays',
      text: 'Hi Jane, I **«actually» read** your post on pricing.',
      messageIds: ['filler'],
      output: 'Hi Jane, I **read** your post on pricing.',
    },
    {
      name: 'a hedge that ends the text inside emphasis has no fix rather than one that leaves a stray mark',
      text: 'Hi Jane, I read it *«actually»*',
      messageIds: ['filler'],
      output: null,
    },
    {
      name: 'the next word is capitalised when the hedge started the sentence',
      text: 'Hi Jane. «Just» read your post on pricing.',
      messageIds: ['filler'],
      output: 'Hi Jane. Read your post on pricing.',
    },
    { name: 'an apology is reported', text: 'Hi Jane, «sorry to bother you», but your post on pricing raised a question.', messageIds: ['filler'] },
    {
      name: 'an apology that opens a longer sentence is not removed by the safe fix',
      text: 'Hi Elena,\n\n«Sorry to bother you», but your post raised a question.',
      messageIds: ['filler'],
      output: null,
    },
  ],
});
