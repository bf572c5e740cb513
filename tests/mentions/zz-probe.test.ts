import { it } from "vitest";
import { pairs } from "./fixture.ts";
const S = [
  "Rebels attacked government positions near Hama.",
  "The government side refused the offer.",
  "Government troops advanced on the town.",
  "government troops advanced on the town.",
  "Syrian special troops entered the city.",
  "Pro-government forces shelled the village.",
  "pro-government militias shelled the village.",
  "Russian airstrikes killed 12 people in Idlib.",
  "Russian air strikes killed 12 people in Idlib.",
  "The offensive relied on Russian support.",
  "Iran-backed militias attacked the town.",
  "Turkish-sponsored factions seized Afrin.",
  "Turkish-backed rebels seized Afrin.",
  "Russia-backed forces advanced.",
  "the Syrian Free Army attacked the base.",
  "China vetoed the resolution.",
  "Egypt sent troops to Yemen.",
  "Refugees fled to Lebanon.",
  "Lebanon closed its border.",
  "The Soviet Union supplied arms to Syria.",
  "NATO warned Russia.",
  "The Arab League suspended Syria's membership.",
  "Egyptian forces crossed the Suez Canal.",
  "Chinese troops were deployed.",
  "The United Nations condemned the attack.",
  "Saudi-backed rebels attacked the town.",
  "US-backed SDF fighters attacked.",
  "Jordan closed its border.",
  "Libya sent weapons.",
  "Israel struck Syrian targets.",
  "The Soviet army invaded.",
  "Egyptian and Syrian forces attacked Israel in 1973.",
];
it("probe", () => {
  for (const s of S) console.log(s, "=>", JSON.stringify(pairs(s, "2016-05-01")));
});
it("probe2", () => {
  for (
    const [s, d] of [
      ["In June 2016, the Syrian Free Army, backed by the United States, overtook ISIL forces.", "2023-05-01"],
      ["The Syrian Free Army patrols al-Tanf.", "2023-05-01"],
      ["In 2024 the Syrian Free Army took Palmyra.", "2025-01-10"],
      ["Among the dead on the government side were 12 Hezbollah fighters.", "2016-05-01"],
      [
        "Libyan fighters joined Islamic State. Egyptian army units crossed. Chinese fighters of the TIP. Chinese troops.",
        "2016-05-01",
      ],
      ["the rebels attacked government checkpoints and Syrian positions; the Syrian side of the border", "2016-05-01"],
      ["The army, with Russian air support, captured the town. Iranian backing helped.", "2016-05-01"],
      ["Afghan fighters of the Fatemiyoun. The Afghan army retreated. Refugees fled to Afghanistan.", "2016-05-01"],
      ["The USSR and Egypt signed a treaty. NATO's influence grew. The Arab League suspended Syria.", "2016-05-01"],
      ["refugees in Turkey, Lebanon and Jordan. The Lebanese government closed the border.", "2016-05-01"],
      ["In 2025, rebels attacked government positions.", "2025-05-01"],
    ]
  ) console.log(s, "=>", JSON.stringify(pairs(s, d)));
});
it("probe3", () => {
  for (
    const s of [
      "Turkish-backed rebels seized Afrin.",
      "Turkish-sponsored factions seized Afrin.",
      "Saudi-backed rebels attacked.",
      "Iranian-backed militias attacked.",
      "Russian-trained troops",
      "pro-Iranian-backed groups",
      "Syrian-backed Palestinian groups",
      "US-backed SDF",
      "a Turkish-made drone",
      "the Turkish-Syrian border",
      "Iran-backed militias",
      "Qatari-funded rebels",
    ]
  ) console.log(s, "=>", JSON.stringify(pairs(s, "2016-05-01")));
});
it("probe4", () => {
  for (
    const [s, d] of [
      ["Lebanon closed its border. Refugees fled to Lebanon. Syria and Russia launched strikes.", "2016-05-01"],
      [
        "The provinces of Iraq formed an army. Iraq invaded Kuwait in 1990. Jordan agreed to a ceasefire.",
        "2016-05-01",
      ],
      [
        "Hezbollah, backed by Syria, fought Israel. The war in Syria continued. In March 2017, Syria launched missiles.",
        "2017-05-01",
      ],
      [
        "Syria's army attacked. Syria agreed to destroy its chemical weapons. The U.S., Russia, and Jordan agreed.",
        "2016-05-01",
      ],
      ["Syria signed the deal.", "2025-05-01"],
      ["Syria signed the deal.", null],
      ["al-Qaeda in Syria used those areas. Jordan River flooded. Iraq, Syria and Lebanon suffered.", "2016-05-01"],
    ] as [string, string | null][]
  ) console.log(s, "=>", JSON.stringify(pairs(s, d)));
});
it("probe5", () => {
  for (
    const [s, d] of [
      [
        "In retaliation for the Turkish offensive into north-eastern Syria, the YPG attacked a Turkish outpost.",
        "2019-11-01",
      ],
      ["U.S. airstrikes in Nangarhar province eastern Afghanistan killed 29 ISIL fighters.", "2016-05-01"],
      ["Syria, Iran and Iraq signed a pact.", "2016-05-01"],
      ["Turkey and Turkish-backed Syrian forces attacked.", "2019-11-01"],
    ] as [string, string | null][]
  ) console.log(s, "=>", JSON.stringify(pairs(s, d)));
});
