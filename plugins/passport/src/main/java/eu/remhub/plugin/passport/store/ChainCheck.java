package eu.remhub.plugin.passport.store;

/**
 * Whether a passport's hash chain verifies.
 *
 * @param intact true when every entry matches its hash and the chain is complete
 * @param entries how many entries were checked
 * @param head the hash of the last entry, empty for an empty chain
 * @param problem what is wrong, empty when intact
 */
public record ChainCheck(boolean intact, int entries, String head, String problem) {}
