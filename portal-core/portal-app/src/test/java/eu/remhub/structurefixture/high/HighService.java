package eu.remhub.structurefixture.high;

import eu.remhub.structurefixture.low.LowService;

/** A higher feature that uses the lower one, as it may: with LowService's use of it, a cycle. */
public class HighService {

  public String name() {
    return "high";
  }

  public String describeWith(LowService low) {
    return low.describe(this);
  }
}
