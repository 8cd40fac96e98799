package org.keelson.portal.plan.domain;

/** Which quantification of a risk a row holds: before or after the planned response. */
public enum MitigationStage { PRE_MITIGATION, POST_MITIGATION }
