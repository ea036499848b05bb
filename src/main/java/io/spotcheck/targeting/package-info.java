/**
 * The annual sampling plan (CONTRACT §2): rules/targeting classifies every (firm, category) pair — excluded or
 * eligible, which tiers it is a candidate for, its random-draw weight — and the allocator fills the budget tier by
 * tier with verifiable draw keys.
 */
package io.spotcheck.targeting;
