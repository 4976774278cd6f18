package fr.gouv.ptce.candidature;
public class Placeholder {}
