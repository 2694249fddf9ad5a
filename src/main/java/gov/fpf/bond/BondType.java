package gov.fpf.bond;

public enum BondType { CONTINUOUS, SINGLE_TRANSACTION }
