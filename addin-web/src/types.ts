/** What the service's API speaks (see /openapi/v1.json). */

export interface SheetRequest {
  name: string;
  address: string;
  values: unknown[][];
  mergedAreas?: string[];
  hiddenRows?: number[];
  hiddenColumns?: number[];
  rightToLeft?: boolean;
  /** Office.js number formats, sent only when some cell is not "General": the service reads dates and times from them. */
  numberFormats?: string[][];
}

export interface ProblemView {
  severity: "error" | "warning";
  code: string;
  message: string;
  location?: string;
}

export interface Emotion {
  score: number;
  label?: string;
}
export interface JourneyItem {
  text: string;
  channel?: string;
  emotion?: Emotion;
}
export interface LaneCell {
  items?: JourneyItem[];
}
export interface Lane {
  label: string;
  kind: string;
  cells: LaneCell[];
}
export interface Stage {
  name: string;
}
export interface JourneyMap {
  title: string;
  type?: string;
  rightToLeft?: boolean;
  language?: string;
  stages: Stage[];
  lanes: Lane[];
  emotionScale?: { min: number; max: number };
}
export interface JourneyDocument {
  formatVersion: number;
  maps: JourneyMap[];
}

export interface InterpretResponse {
  usable: boolean;
  map: JourneyDocument;
  problems: ProblemView[];
  sheets: { sheet: string; role: string; maps: number; summary: string }[];
}

export interface MapSummary {
  id: string;
  title: string;
  type: string;
  owner: string;
  stageCount: number;
  lastChanged: string;
  version: number;
  eTag: string;
}
export interface MapPage {
  items: MapSummary[];
  total: number;
}
export interface MapVersionInfo {
  version: number;
  savedAt: string;
  savedBy: string;
  message?: string;
  eTag: string;
}
export interface StoredMap {
  id: string;
  version: number;
  owner: string;
  savedAt: string;
  savedBy: string;
  message?: string;
  map: JourneyDocument;
  eTag: string;
}
export interface MapChange {
  kind: string;
  subject: string;
  stage?: string;
  lane?: string;
  before?: string;
  after?: string;
  description?: string;
}
export interface CompareResponse {
  from: number;
  to: number;
  changes: MapChange[];
}
export interface DeckFile {
  fileName: string;
  slides: number;
  base64: string;
}
export interface ClientConfig {
  authMode: "Local" | "Team";
  clientId?: string;
  apiScope?: string;
  tenantId?: string;
  sites: string[];
  templates: TemplateChoices;
}
/** How the pane signs in: the part of the client configuration auth needs. */
export type SignInConfig = Pick<ClientConfig, "authMode" | "clientId" | "apiScope" | "tenantId">;
/** The templates the service has, by the names its API takes. */
export interface TemplateChoices {
  types: string[];
  industries: string[];
  languages: string[];
}
export interface TemplateSheet {
  name: string;
  address: string;
  values: unknown[][];
  mergedAreas: string[];
  rightToLeft: boolean;
}
export interface TemplateCells {
  sheets: TemplateSheet[];
}
