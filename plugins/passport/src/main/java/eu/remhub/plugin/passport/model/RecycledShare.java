package eu.remhub.plugin.passport.model;

import java.math.BigDecimal;

/**
 * The share of one element recovered from post-consumer waste (CRMA Art. 29).
 *
 * @param element one of Nd, Dy, Pr, Tb, B, Sm, Ni, Co
 * @param percent the recycled share of that element, 0 to 100 %
 * @param method how the share was determined, such as "mass balance"
 * @param verifier who verified it, or empty
 */
public record RecycledShare(String element, BigDecimal percent, String method, String verifier) {}
