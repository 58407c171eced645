/**
 * What the service's API speaks: the shapes are generated from its OpenAPI document (docs/openapi.json, by
 * `npm run types`), so they cannot drift from it; this file names the ones the pane uses.
 */
import type { components } from "./generated/openapi";

type Schemas = components["schemas"];

export type SheetRequest = Schemas["SheetRequest"];
export type ProblemView = Schemas["ProblemView"];
export type Emotion = Schemas["Emotion"];
export type JourneyItem = Schemas["JourneyItem"];
export type LaneCell = Schemas["LaneCell"];
export type Lane = Schemas["Lane"];
export type Stage = Schemas["Stage"];
export type JourneyMap = Schemas["JourneyMap"];
export type JourneyDocument = Schemas["JourneyDocument"];
export type InterpretResponse = Schemas["InterpretResponse"];
export type InsightsReport = Schemas["InsightsReport"];
export type MapSummary = Schemas["MapSummary"];
export type MapPage = Schemas["MapPage"];
export type MapVersionInfo = Schemas["MapVersionInfo"];
export type MapChange = Schemas["MapChange"];
export type CompareResponse = Schemas["CompareResponse"];
export type LatestVersions = Schemas["LatestVersionsResponse"];
export type DeckFile = Schemas["DeckResponse"];
export type ClientConfig = Schemas["ClientConfig"];
/** The templates the service has, by the names its API takes. */
export type TemplateChoices = Schemas["TemplateChoices"];
export type TemplateSheet = Schemas["TemplateSheet"];
export type TemplateCells = Schemas["TemplateCells"];

/** A stored map as the pane holds it: the answer's body with the ETag from its header, for the next save. */
export type StoredMap = Schemas["MapResponse"] & { eTag: string };
/** How the pane signs in: the part of the client configuration auth needs. */
export type SignInConfig = Pick<ClientConfig, "authMode" | "clientId" | "apiScope" | "tenantId">;
