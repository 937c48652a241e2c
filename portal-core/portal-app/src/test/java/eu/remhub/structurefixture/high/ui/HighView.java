package eu.remhub.structurefixture.high.ui;

/** A view, which no other feature may name. */
public class HighView {

  public String title() {
    return "High";
  }
}
