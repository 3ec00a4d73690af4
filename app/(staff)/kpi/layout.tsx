import { areaLayout } from '../area-layout';

export default areaLayout('kpi');
