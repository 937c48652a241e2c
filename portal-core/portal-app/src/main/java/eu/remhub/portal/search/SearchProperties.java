package eu.remhub.portal.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code portal.search}.
 *
 * @param pollInterval how often the indexer looks into the outbox when nothing woke it; a change
 *     committed on this node wakes it at once, one made on another node waits at most this long
 * @param refreshInterval the longest a change applied to the index stays invisible to searches
 * @param commitInterval how often applied changes are made durable; after a crash the indexer
 *     replays the outbox from the last commit, so this bounds the replay, not what is kept
 * @param gapTimeout how long a missing outbox id is waited for (a transaction that took the id may
 *     still commit) before it is taken as rolled back
 * @param batchSize outbox rows read at a time
 */
@ConfigurationProperties("portal.search")
public record SearchProperties(
    Duration pollInterval,
    Duration refreshInterval,
    Duration commitInterval,
    Duration gapTimeout,
    Integer batchSize) {

  public SearchProperties {
    pollInterval = pollInterval == null ? Duration.ofMillis(250) : pollInterval;
    refreshInterval = refreshInterval == null ? Duration.ofMillis(100) : refreshInterval;
    commitInterval = commitInterval == null ? Duration.ofSeconds(10) : commitInterval;
    gapTimeout = gapTimeout == null ? Duration.ofMinutes(2) : gapTimeout;
    batchSize = batchSize == null ? 1000 : batchSize;
  }
}
