import type { Catalogue } from '../translate';
const m: Catalogue = {};
export default m;
