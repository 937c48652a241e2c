package eu.remhub.structurefixture.high.internal;

/** An adapter that only its own feature may use, and that uses JDBC as adapters do. */
public class HighStore {

  public String load() {
    return java.sql.Types.class.getSimpleName();
  }
}
