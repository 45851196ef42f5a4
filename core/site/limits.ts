/**
 * How large one site may be. Real sites have a handful to a few dozen hub servers in a few
 * organisations; the limits leave room for the largest of them while keeping the plan bounded:
 * partner trust is one step per ordered pair of hubs (at most hubs x (hubs - 1)) and forest
 * trust one per pair of forests, so the plan grows with the square of these counts. The bound
 * they give is pinned by test/unit/core/plan/scale-bound.test.ts and recorded in
 * docs/decisions.md ("How large a site may be").
 */
export const SITE_LIMITS = {
  /** Hub servers in one site. */
  hubs: 64,
  /** Organisations (AD forests) in one site. */
  organisations: 16,
  /** SteelHeads in one site. */
  steelheads: 64,
  /** Addresses of one hub. */
  ipAddressesPerHub: 16,
} as const;
