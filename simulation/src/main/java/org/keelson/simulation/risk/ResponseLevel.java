package org.keelson.simulation.risk;

/**
 * The three response levels of a risk (seed 000's 预警 / 止损 / 恢复): an early warning, cutting losses, recovering
 * after the risk occurred; each starts when the risk's score reaches its trigger threshold.
 */
public enum ResponseLevel { WARNING, STOP_LOSS, RECOVERY }
