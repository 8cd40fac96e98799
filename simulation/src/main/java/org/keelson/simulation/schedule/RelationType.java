package org.keelson.simulation.schedule;

/** Precedence link types: finish-to-start, start-to-start, finish-to-finish, start-to-finish. */
public enum RelationType { FS, SS, FF, SF }
