package dev.helmoci.tck.client.internal.semver;

import dev.helmoci.tck.client.semver.Version;
import java.math.BigInteger;

/**
 * One {@code <op><version>} term of a constraint, with Masterminds's "dirty" wildcard flags ({@code
 * 1.x} is minor-dirty-free but patch-dirty, {@code 1} and {@code 1.x.x} minor-dirty).
 */
public final class Comparison {
  private final String op;
  private final String orig;
  private final Version con;
  private final boolean dirty;
  private final boolean minorDirty;
  private final boolean patchDirty;

  public Comparison(
      String op, String orig, Version con, boolean dirty, boolean minorDirty, boolean patchDirty) {
    this.op = op;
    this.orig = orig;
    this.con = con;
    this.dirty = dirty;
    this.minorDirty = minorDirty;
    this.patchDirty = patchDirty;
  }

  public boolean hasPrerelease() {
    return !con.prerelease().isEmpty();
  }

  /** Every Masterminds operator first rejects prereleases unless the group asks for them. */
  public boolean check(Version v, boolean includePre) {
    if (!v.prerelease().isEmpty() && !includePre) {
      return false;
    }
    return switch (op) {
      case "", "=" -> dirty ? tilde(v) : v.compareTo(con) == 0;
      case "!=" -> notEqual(v);
      case ">" -> greaterThan(v);
      case "<" -> v.compareTo(con) < 0;
      case ">=", "=>" -> v.compareTo(con) >= 0;
      case "<=", "=<" -> lessThanEqual(v);
      case "~", "~>" -> tilde(v);
      case "^" -> caret(v);
      default -> throw new IllegalStateException("unknown operator " + op);
    };
  }

  private boolean notEqual(Version v) {
    if (dirty) {
      if (!con.major().equals(v.major())) {
        return true;
      }
      if (!con.minor().equals(v.minor()) && !minorDirty) {
        return true;
      } else if (minorDirty) {
        return false;
      } else if (!con.patch().equals(v.patch()) && !patchDirty) {
        return true;
      } else if (patchDirty) {
        if (!v.prerelease().isEmpty() || !con.prerelease().isEmpty()) {
          return Prereleases.compare(v.prerelease(), con.prerelease()) != 0;
        }
        return false;
      }
    }
    return v.compareTo(con) != 0;
  }

  private boolean greaterThan(Version v) {
    if (!dirty) {
      return v.compareTo(con) > 0;
    }
    int major = v.major().compareTo(con.major());
    if (major > 0) {
      return true;
    } else if (major < 0 || minorDirty) {
      return false;
    } else if (patchDirty) {
      return v.minor().compareTo(con.minor()) > 0;
    }
    return v.compareTo(con) > 0;
  }

  private boolean lessThanEqual(Version v) {
    if (!dirty) {
      return v.compareTo(con) <= 0;
    }
    int major = v.major().compareTo(con.major());
    if (major > 0) {
      return false;
    }
    return !(major == 0 && v.minor().compareTo(con.minor()) > 0 && !minorDirty);
  }

  private boolean tilde(Version v) {
    if (v.lessThan(con)) {
      return false;
    }
    if (isZero(con.major())
        && isZero(con.minor())
        && isZero(con.patch())
        && !minorDirty
        && !patchDirty) {
      return true;
    }
    if (!v.major().equals(con.major())) {
      return false;
    }
    return v.minor().equals(con.minor()) || minorDirty;
  }

  private boolean caret(Version v) {
    if (v.lessThan(con)) {
      return false;
    }
    if (con.major().signum() > 0 || minorDirty) {
      return v.major().equals(con.major());
    }
    if (v.major().signum() > 0) {
      return false;
    }
    if (con.minor().signum() > 0 || patchDirty) {
      return v.minor().equals(con.minor());
    }
    if (v.minor().signum() > 0) {
      return false;
    }
    return con.patch().equals(v.patch());
  }

  private static boolean isZero(BigInteger n) {
    return n.signum() == 0;
  }

  @Override
  public String toString() {
    return op + orig;
  }
}
