package dev.helmoci.tck.engine.driver;

/**
 * What a driver can do. A case needing a capability its driver lacks is skipped with a reason, not
 * failed.
 */
public enum Capability {
  LOGIN,
  LOGOUT,
  PUSH,
  PULL,
  SHOW,
  TAGS,
  RESOLVE,
  DEPENDENCY_UPDATE
}
