package eu.remhub.plugin.passport.model;

import java.math.BigDecimal;

/**
 * One line of a magnet's composition.
 *
 * @param substance an element symbol ({@code Nd}) for the magnet itself; for coatings, glues and
 *     additives an element symbol or a name ({@code epoxy})
 * @param role which part of the magnet it belongs to
 * @param percent its share of the magnet's mass, in weight %
 */
public record Constituent(String substance, ConstituentRole role, BigDecimal percent) {}
