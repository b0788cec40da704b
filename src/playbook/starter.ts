// The starter playbook `parry init` writes: small, valid, and showing each part of format 1
// with a comment, so a team can grow it into their own. Pure.

/** The file, with `schemaRef` (a path relative to the file, or a URL) in the editor modeline. */
export function starterPlaybook(schemaRef: string, id: string): string {
  return `# yaml-language-server: $schema=${schemaRef}
# A Parry playbook (format 1). Check it with \`parry validate\`; practise it with
# \`parry practice --playbook <this file>\`. The core technique ids (\`parry list techniques\`)
# are always available; add your own under \`techniques:\`.
parry: 1
id: ${id}
title: { en: Our objections }
locales: [en]          # every localised text must have these languages

techniques:
  - id: pilot-offer
    family: offer
    name: { en: Pilot offer }
    summary: { en: Offer a small paid pilot instead of a discount. }
    cues:
      en: [pilot, "trial run", "start small"]

objections:
  - id: too-expensive
    category: price
    text:
      en: ["It's too expensive.", "That's more than we wanted to spend."]
    aliases: { en: [pricey, costs too much] }
    expect: [clarify, value-over-price, pilot-offer]
    responses:
      - uses: [clarify]
        text:
          en: Fair question. What are you comparing it with?
      - uses: [pilot-offer]
        text:
          en: How about a three-month pilot for one team, so you see the results before you commit?
        note: { en: Works best once you know what they compare the price with. }
      - uses: [pressure]   # risky: a "don't say this" example, never a model answer
        text:
          en: Everyone else has signed already. Are you sure you want to be left behind?

cases:                 # labelled answers: \`parry eval\` checks the scorer against them
  - objection: too-expensive
    lang: en
    answer: Fair question. What are you comparing it with?
    expect: [clarify]
`;
}
