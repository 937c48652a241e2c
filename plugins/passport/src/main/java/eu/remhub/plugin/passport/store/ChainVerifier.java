package eu.remhub.plugin.passport.store;

import eu.remhub.plugin.passport.model.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Recomputes a passport's hash chain from what is stored and compares: a version document, an event
 * or a hash changed in the database, an entry removed or a draft flipped to published without being
 * chained, all show as a broken chain.
 */
public final class ChainVerifier {

  private ChainVerifier() {}

  /** One entry, a published version or an event, in chain order. */
  private record Entry(
      int seq, String label, String prevHash, String storedHash, String recomputed) {}

  /**
   * Checks a passport's chain.
   *
   * @param passport the passport row, holding the chain's length and head
   * @param versions its versions
   * @param events its events
   * @return the result
   */
  public static ChainCheck verify(
      PassportRow passport, List<VersionRow> versions, List<EventRow> events) {
    List<Entry> entries = new ArrayList<>();
    for (VersionRow version : versions) {
      if (version.status() == Status.DRAFT) {
        continue;
      }
      if (version.chainSeq() == null
          || version.publishedAt() == null
          || version.entryHash() == null) {
        return broken(
            entries.size(),
            "version "
                + version.versionNo()
                + " is marked "
                + version.status()
                + " but was never entered into the chain");
      }
      entries.add(
          new Entry(
              version.chainSeq(),
              "version " + version.versionNo(),
              version.prevHash(),
              version.entryHash(),
              HashChain.versionHash(
                  version.prevHash(),
                  passport.id(),
                  version.chainSeq(),
                  version.versionNo(),
                  version.publishedAt(),
                  version.document())));
    }
    for (EventRow event : events) {
      entries.add(
          new Entry(
              event.chainSeq(),
              event.event().type() + " event of " + event.event().occurredAt(),
              event.prevHash(),
              event.entryHash(),
              HashChain.eventHash(
                  event.prevHash(),
                  passport.id(),
                  event.chainSeq(),
                  event.event(),
                  event.recordedAt())));
    }
    entries.sort(Comparator.comparingInt(Entry::seq));
    String previous = HashChain.GENESIS;
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      if (entry.seq() != i + 1) {
        return broken(i, "entry " + (i + 1) + " is missing");
      }
      if (!previous.equals(entry.prevHash())) {
        return broken(
            i,
            "entry "
                + entry.seq()
                + " ("
                + entry.label()
                + ") does not link to the entry before it");
      }
      if (!entry.recomputed().equals(entry.storedHash())) {
        return broken(
            i,
            "entry " + entry.seq() + " (" + entry.label() + ") was changed after it was recorded");
      }
      previous = entry.storedHash();
    }
    String head = entries.isEmpty() ? "" : previous;
    if (entries.size() != passport.chainLength() || !head.equals(passport.chainHead())) {
      return broken(
          entries.size(),
          "the chain should have "
              + passport.chainLength()
              + " entries ending in "
              + abbreviate(passport.chainHead())
              + ", but has "
              + entries.size()
              + " ending in "
              + abbreviate(head));
    }
    return new ChainCheck(true, entries.size(), head, "");
  }

  private static ChainCheck broken(int checked, String problem) {
    return new ChainCheck(false, checked, "", problem);
  }

  private static String abbreviate(String hash) {
    return hash.isEmpty() ? "nothing" : hash.substring(0, Math.min(12, hash.length()));
  }
}
