package gov.fpf.party;

/** EO 14411 Sec. 10(a)/(b). */
public enum IorClass { US, FOREIGN }
