package org.keelson.simulation.distribution;

/** Shape fitted to a three-point estimate. JSON names are the lower-case constant names. */
public enum DistributionType { TRIANGULAR, PERT, UNIFORM, LOGNORMAL, FIXED }
