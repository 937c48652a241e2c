package eu.remhub.plugin.passport.model;

import java.util.List;
import java.util.Set;

/** Chemical element symbols, and the elements whose recycled share CRMA Art. 29 asks for. */
public final class Elements {

  /** Nd, Dy, Pr, Tb, B, Sm, Ni and Co, as CRMA Art. 29 lists them. */
  public static final List<String> RECYCLED_SHARE_ELEMENTS =
      List.of("Nd", "Dy", "Pr", "Tb", "B", "Sm", "Ni", "Co");

  private static final Set<String> SYMBOLS =
      Set.of(
          ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge"
                  + " As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr"
                  + " Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn"
                  + " Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh"
                  + " Fl Mc Lv Ts Og")
              .split(" "));

  private static final Set<String> RARE_EARTHS =
      Set.of(
          "Sc", "Y", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm",
          "Yb", "Lu");

  private Elements() {}

  /**
   * Whether a text is a chemical element symbol, written as IUPAC writes it.
   *
   * @param symbol the text
   * @return true for symbols such as {@code Nd} or {@code B}
   */
  public static boolean isElement(String symbol) {
    return symbol != null && SYMBOLS.contains(symbol);
  }

  /**
   * Whether an element is a rare earth (the lanthanides, scandium and yttrium).
   *
   * @param symbol the element symbol
   * @return true for rare earths
   */
  public static boolean isRareEarth(String symbol) {
    return RARE_EARTHS.contains(symbol);
  }
}
