package eu.remhub.structurefixture.low;

import eu.remhub.structurefixture.high.HighService;
import eu.remhub.structurefixture.high.internal.HighStore;
import eu.remhub.structurefixture.high.ui.HighView;

/** A lower feature that wrongly names the higher one, its internal store, its view and JDBC. */
public class LowService {

  public String describe(HighService high) {
    return high.name() + new HighStore().load() + new HighView().title();
  }

  /** JDBC outside an internal package. */
  public String stamp(java.sql.Timestamp at) {
    return at.toString();
  }
}
