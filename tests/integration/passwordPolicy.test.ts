import { describe, expect, it } from "vitest";
import { assessPassword, checkNewPassword, personalWords } from "../../server/src/lib/passwordPolicy.ts";

const NADINE = { name: "Nadine van der Berg", email: "nadine.berg@bij1-denhaag.example", locale: "nl" };
const STRONG = "Zonnebloem-Trein-Kastanje-42";

describe("checkNewPassword", () => {
  it("refuses twelve spaces (and other whitespace only) as PASSWORD_BLANK, not as a length problem", () => {
    expect(checkNewPassword(" ".repeat(12), NADINE)?.code).toBe("PASSWORD_BLANK");
    expect(checkNewPassword("\t \n".repeat(6), NADINE)?.code).toBe("PASSWORD_BLANK");
    expect(checkNewPassword("", NADINE)?.code).toBe("PASSWORD_BLANK");
  });

  it("refuses fewer than 12 characters, counting code points", () => {
    expect(checkNewPassword("Kort-maar!1", NADINE)?.code).toBe("PASSWORD_TOO_SHORT");
    // 11 emoji are 22 UTF-16 units but 11 characters.
    expect(checkNewPassword("🔑".repeat(11), NADINE)?.code).toBe("PASSWORD_TOO_SHORT");
    expect(checkNewPassword("x".repeat(201), NADINE)?.code).toBe("PASSWORD_TOO_LONG");
  });

  it.each(["welkom-in-den-haag", "Welkom In Den Haag!", "Welkom-In-Den-Haag-2026", "welkomindenhaag2026", "wachtwoord123!", "qwertyuiop12", "Amsterdam2026!"])(
    "refuses the guessable %j as PASSWORD_TOO_WEAK with feedback",
    (password) => {
      const problem = checkNewPassword(password, NADINE);
      expect(problem?.code).toBe("PASSWORD_TOO_WEAK");
      expect(problem?.feedback.suggestions.length).toBeGreaterThan(0);
    },
  );

  it("refuses the user's own name parts and email local part, whatever the case or separators", () => {
    expect(checkNewPassword("Nadine-Ruimte-Kastanje-42", NADINE)?.code).toBe("PASSWORD_PERSONAL");
    expect(checkNewPassword("paars-fiets-BERG-regen-kaas", NADINE)?.code).toBe("PASSWORD_PERSONAL");
    expect(checkNewPassword("x-nadine.berg-trein-kastanje", NADINE)?.code).toBe("PASSWORD_PERSONAL");
    // The same phrase without her words is fine: it is her words that are refused.
    expect(checkNewPassword("Ruimte-Trein-Kastanje-42", NADINE)).toBeNull();
    // Short parts ("van", "der") occur inside too many words to refuse outright ("wonder").
    expect(personalWords(NADINE)).toEqual(expect.arrayContaining(["nadine", "berg", "nadine.berg"]));
    expect(personalWords(NADINE)).not.toContain("der");
    expect(checkNewPassword("Wonderlijke-Trein-Kastanje-42", NADINE)).toBeNull();
  });

  it("accepts a strong passphrase", () => {
    expect(checkNewPassword(STRONG, NADINE)).toBeNull();
    expect(checkNewPassword("paars fiets regen kaas negentien", NADINE)).toBeNull();
    const assessment = assessPassword(STRONG, NADINE);
    expect(assessment.score).toBeGreaterThanOrEqual(3);
    expect(assessment.problem).toBeNull();
  });

  it("gives its feedback in the user's language: Dutch for nl (the default), English for en", () => {
    const nl = checkNewPassword("aaaaaaaaaaaaaa", { locale: "nl" });
    const en = checkNewPassword("aaaaaaaaaaaaaa", { locale: "en" });
    expect(nl?.code).toBe("PASSWORD_TOO_WEAK");
    expect(nl?.feedback.warning).toMatch(/Herhalende letters/);
    expect(nl?.feedback.suggestions.join(" ")).toMatch(/Vermijd herhalende woorden/);
    expect(en?.feedback.warning).toMatch(/Repeated characters/i);
    expect(checkNewPassword("aaaaaaaaaaaaaa")?.feedback.warning).toBe(nl?.feedback.warning);
    // The app's own checks speak the language too.
    expect(checkNewPassword("kort", { locale: "nl" })?.feedback.warning).toBe("Gebruik minstens 12 tekens.");
    expect(checkNewPassword("kort", { locale: "en" })?.feedback.warning).toBe("Use at least 12 characters.");
    expect(checkNewPassword("Nadine-Ruimte-Kastanje-42", NADINE)?.feedback.warning).toMatch(/je naam of e-mailadres/);
  });
});
