import { describe, expect, it } from "vitest";
import { firstFreeSlug, workingGroupSlug } from "./slug.ts";

describe("workingGroupSlug", () => {
  it.each([
    ["Communicatie", "communicatie"],
    ["Wonen & Zorg", "wonen-zorg"],
    ["  Café Politiek!  ", "cafe-politiek"],
    ["Anti-racisme 2027", "anti-racisme-2027"],
    ["!!!", ""],
  ])("%s becomes %s", (name, slug) => {
    expect(workingGroupSlug(name)).toBe(slug);
  });

  it("keeps within the maximum length without a trailing dash", () => {
    expect(workingGroupSlug("aaaa bbbb", 5)).toBe("aaaa");
  });
});

describe("firstFreeSlug", () => {
  it("adds the first free number when the slug is taken", () => {
    expect(firstFreeSlug("wonen", new Set())).toBe("wonen");
    expect(firstFreeSlug("wonen", new Set(["wonen", "wonen-2"]))).toBe("wonen-3");
  });
});
