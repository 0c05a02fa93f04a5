/**
 * Panjin (盘锦市) and its six regions, as simplified SCHEMATIC polygons drawn by hand for this
 * console: the shapes and borders only suggest where each region lies (盘山县 north and west,
 * 双台子区 and 兴隆台区 in the urban centre, 高新区 between 兴隆台区 and 大洼区, 大洼区 south-east,
 * 辽滨 on the coast of the Liaodong Bay). They are NOT survey-grade boundaries and must not be
 * used to measure or locate anything. Shipped with the app: no tile server, no external request.
 *
 * Neighbouring regions share their border vertices, so the pieces tile without gaps.
 */

export interface MapRegion {
  /** Region code, as in the `regions` query */
  code: string;
  /** Name used only when the server's `regions` list lacks the code */
  name: string;
  /** Short label drawn on the map */
  short: string;
  /** SVG path in the viewBox below */
  d: string;
  /** Where the label goes */
  label: { x: number; y: number };
}

export const PANJIN_VIEWBOX = '0 0 420 460';

// Shared vertices (x, y in the viewBox)
const A = '40,30';
const B = '300,15';
const C = '365,70';
const D = '335,125';
const E = '180,105';
const F = '250,100';
const G = '268,150';
const H = '190,158';
const I = '278,212';
const J = '232,236';
const K = '186,222';
const L = '305,238';
const M = '285,272';
const N = '242,268';
const P = '385,175';
const Q = '395,300';
const R = '355,352';
const S = '205,352';
const T = '200,295';
const U = '165,395';
const V = '70,372';
const W = '26,210';
const X = '338,405';
const Y = '215,428';

const path = (...points: string[]) => `M${points.join(' L')} Z`;

export const PANJIN_REGIONS: readonly MapRegion[] = [
  { code: '211122', name: '盘山县', short: '盘山县', d: path(A, B, C, D, G, F, E, H, K, T, S, U, V, W), label: { x: 105, y: 200 } },
  { code: '211102', name: '双台子区', short: '双台子区', d: path(E, F, G, H), label: { x: 222, y: 124 } },
  { code: '211103', name: '兴隆台区', short: '兴隆台区', d: path(H, G, I, J, K), label: { x: 230, y: 184 } },
  { code: 'PJ-GX', name: '高新技术产业开发区', short: '高新区', d: path(J, I, L, M, N), label: { x: 270, y: 244 } },
  { code: '211104', name: '大洼区', short: '大洼区', d: path(G, D, P, Q, R, S, T, K, J, N, M, L, I), label: { x: 330, y: 285 } },
  { code: 'PJ-LB', name: '辽滨沿海经济技术开发区', short: '辽滨', d: path(S, R, X, Y, U), label: { x: 265, y: 380 } },
];

/** The sea south of the city (decoration) and where its name goes. */
export const PANJIN_SEA = { d: `M0,360 L${V} L${U} L${Y} L${X} L${R} L${Q} L420,296 L420,460 L0,460 Z`, label: { x: 300, y: 445 } };
