/**
 * The shared kernel every feature may use: the audit log, the clock, the data folder, the public
 * URL, the domain event bus and {@link eu.remhub.portal.base.InvalidInputException} for input that
 * names its faulty fields. Nothing here names a feature other than {@code security}.
 */
package eu.remhub.portal.base;
