package gov.fpf.party;

public enum PartyKind { INDIVIDUAL, ENTITY }
