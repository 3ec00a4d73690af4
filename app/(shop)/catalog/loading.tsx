export { default } from '../shop/loading';
