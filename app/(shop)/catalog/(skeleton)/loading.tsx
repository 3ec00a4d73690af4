export { default } from '../../shop/(skeleton)/loading';
