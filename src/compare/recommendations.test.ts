import { describe, expect, it } from "vitest";
import { realEngine } from "../../test/engine-fixture.js";
import { recommendationCue, recommends } from "../nlp/recommendation.js";

/**
 * Every sentence of the two articles that recommends a course of action in the author's own voice, labelled
 * by hand (by reading each of the articles' 100 sentences, before the detector was written). Reported proposals
 * ("China and Russia put forward a proposal that both sides should…"), reasons ("because it needs to…") and
 * conditions are not recommendations.
 */
const LABELLED_RECOMMENDATIONS = [
  "basic-2016#p6: The most pragmatic option is through China",
  "basic-2016#p9: For its part China could choose to take a step back",
  "basic-2016#p12: In an almost never-ended series of buck-passing, one way to get to China",
  "basic-2016#p13: The most immediate way to move forward with Russia is through Syria.",
  "basic-2016#p17: Like China, Russia can publicly step back from its support",
  "basic-2016#p17: Though explicit Kremlin support for Obama’s nuclear test ban initiative",
  "basic-2016#p17: Should Pyongyang continue to aim missiles at the Sea of Japan",
  "basic-2016#p18: Denuclearisation of the Korean peninsula should remain the goal",
  "basic-2016#p18: Yes, this means sacrificing policy and engaging with unfriendly states",
  "basic-2016#p18: To check North Korea’s growth Washington and its allies must be willing",
  "hilton-2017#p11: Today, North Korea’s relations with Russia are warmer than those with Beijing",
];

describe("recommendations in the articles (hand-labelled)", () => {
  it("finds them with precision ≥ 0.9 and recall ≥ 0.8", () => {
    const sentences = realEngine()
      .index.entries.all()
      .flatMap((entry) => entry.sentences.map((text) => ({ key: `${entry.passage.id}: ${text}`, text })));
    const labelled = new Set(
      LABELLED_RECOMMENDATIONS.map((label) => {
        const found = sentences.filter((s) => s.key.startsWith(label));
        expect(found, label).toHaveLength(1);
        return found[0]?.key;
      }),
    );
    const detected = sentences.filter((s) => recommends(s.text)).map((s) => s.key);
    const right = detected.filter((key) => labelled.has(key)).length;
    const precision = right / detected.length;
    const recall = right / labelled.size;
    expect(precision, `detected: ${detected.join("\n")}`).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });
});

describe("recommendationCue", () => {
  it.each([
    ["Washington and its allies must be willing to engage with Russia and China.", "must"],
    ["He could do worse than to call his friend Mr Putin.", "could do worse than"],
    ["Pragmatism is the way forward.", "the way forward"],
    ["The best route to a settlement lies through Geneva.", "route"],
    ["The council ought to publish its minutes.", "ought to"],
    ["It is time for Europe to act.", "It is time for Europe to"],
    ["If it rains, the city should open its shelters.", "should"],
  ])("recognises a recommendation: %s", (sentence, cue) => {
    expect(recommendationCue(sentence)).toBe(cue);
  });

  it.each([
    "In July this year, China and Russia put forward a proposal that both sides should make concessions.",
    "The minister said that schools should reopen.",
    "Russia holds on to Assad because it needs to keep strong ties within the Middle East.",
    "If the talks should fail, sanctions would follow.",
    "Should the talks fail, sanctions would follow.",
    "Should Britain leave the alliance?",
    "The plan must have failed long before the summit.",
    "The dispute has to do with fishing rights.",
    "China has consistently urged restraint.",
    "Pyongyang could in future target missiles at Beijing.",
    "Shoulder to shoulder.",
  ])("leaves alone what is not the writer's advice: %s", (sentence) => {
    expect(recommendationCue(sentence)).toBeNull();
  });
});
