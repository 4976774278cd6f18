package fr.gouv.ptce.notification;
public class Placeholder {}
